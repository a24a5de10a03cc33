using System.Globalization;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Inburgering.SqlServer.Tests;

/// <summary>A declared column type with SQL Server's defaults filled in, so two declarations compare as the engine compares them.</summary>
public sealed record SqlType(string Name, int? Length, bool IsMax, int? Precision, int? Scale)
{
    private static readonly HashSet<string> LengthTypes = ["char", "varchar", "nchar", "nvarchar", "binary", "varbinary"];
    private static readonly HashSet<string> LargeObjectTypes = ["text", "ntext", "image", "xml"];

    /// <summary>A type SQL Server refuses as a key column (error 1919): the (max) types and the old large-object types.</summary>
    public bool IsLargeObject => IsMax || LargeObjectTypes.Contains(Name);

    public bool IsVariableLength => Name is "varchar" or "nvarchar" or "varbinary" || IsLargeObject;

    public bool IsExactInteger => Name is "tinyint" or "smallint" or "int" or "bigint"
        || (Name is "decimal" or "numeric" && Scale == 0);

    /// <summary>Bytes the type takes in an index key, as the engine counts the declared size; null when not known here.</summary>
    public int? KeyBytes => Name switch
    {
        _ when IsLargeObject => null,
        "nchar" or "nvarchar" => 2 * Length,
        "char" or "varchar" or "binary" or "varbinary" => Length,
        "bit" or "tinyint" => 1,
        "smallint" => 2,
        "int" or "real" or "smallmoney" or "smalldatetime" => 4,
        "bigint" or "money" or "datetime" or "rowversion" or "timestamp" => 8,
        "float" => Precision <= 24 ? 4 : 8,
        "uniqueidentifier" => 16,
        "date" => 3,
        "time" => Precision <= 2 ? 3 : Precision <= 4 ? 4 : 5,
        "datetime2" => Precision <= 2 ? 6 : Precision <= 4 ? 7 : 8,
        "datetimeoffset" => Precision <= 2 ? 8 : Precision <= 4 ? 9 : 10,
        "decimal" or "numeric" => Precision <= 9 ? 5 : Precision <= 19 ? 9 : Precision <= 28 ? 13 : 17,
        _ => null,
    };

    public override string ToString() => Name switch
    {
        _ when IsMax => $"{Name}(max)",
        _ when LengthTypes.Contains(Name) => $"{Name}({Length})",
        "decimal" or "numeric" => $"{Name}({Precision},{Scale})",
        "float" or "time" or "datetime2" or "datetimeoffset" => $"{Name}({Precision})",
        _ => Name,
    };

    public static SqlType From(DataTypeReference reference) => reference switch
    {
        SqlDataTypeReference sql => FromSql(sql),
        XmlDataTypeReference => new SqlType("xml", null, false, null, null),
        UserDataTypeReference { Name.BaseIdentifier.Value: var name } when name.Equals("sysname", StringComparison.OrdinalIgnoreCase)
            => new SqlType("nvarchar", 128, false, null, null),
        _ => new SqlType(reference.Name.BaseIdentifier.Value.ToLowerInvariant(), null, false, null, null),
    };

    private static SqlType FromSql(SqlDataTypeReference reference)
    {
        var name = reference.SqlDataTypeOption.ToString().ToLowerInvariant();
        var parameters = reference.Parameters;
        var isMax = parameters.Count > 0 && parameters[0] is MaxLiteral;
        int? First(int fallback) => parameters.Count > 0 && !isMax ? Number(parameters[0]) : fallback;
        return name switch
        {
            // Without a length, a character or binary column is one long (CREATE TABLE semantics).
            _ when LengthTypes.Contains(name) => new SqlType(name, isMax ? null : First(1), isMax, null, null),
            "decimal" or "numeric" => new SqlType(name, null, false, First(18), parameters.Count > 1 ? Number(parameters[1]) : 0),
            "float" => new SqlType(name, null, false, First(53), null),
            "time" or "datetime2" or "datetimeoffset" => new SqlType(name, null, false, First(7), null),
            _ => new SqlType(name, null, false, null, null),
        };
    }

    private static int Number(Literal literal) => int.Parse(literal.Value, CultureInfo.InvariantCulture);
}
