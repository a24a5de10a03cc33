using Microsoft.SqlServer.Dac;
using Microsoft.SqlServer.Dac.Model;

namespace Inburgering.SqlServer.Tests;

/// <summary>Loads schema statements into Microsoft's database model (DacFx) and returns its validation errors.</summary>
public static class DacFxValidation
{
    /// <summary>SQL Server 2025; the script must also hold on the 2022 engine many agencies still run.</summary>
    public static readonly SqlServerVersion[] Versions = [SqlServerVersion.Sql160, SqlServerVersion.Sql170];

    public static IReadOnlyList<string> Validate(IEnumerable<string> statements, SqlServerVersion version)
    {
        ArgumentNullException.ThrowIfNull(statements);
        using var model = new TSqlModel(version, new TSqlModelOptions());
        var errors = new List<string>();
        foreach (var statement in statements)
        {
            try
            {
                model.AddObjects(statement);
            }
            catch (DacModelException ex)
            {
                errors.AddRange(ex.Messages.Select(m => $"{Describe(m)} | {statement}"));
            }
        }

        errors.AddRange(model.Validate().Where(m => m.MessageType == DacMessageType.Error).Select(Describe));
        return errors;
    }

    private static string Describe(DacMessage message) => $"{message.Prefix}{message.Number}: {message.Message}";
}
