using System.Data.Common;
using Inburgering.Data.History;
using Inburgering.Domain.History;
using Inburgering.Domain.Trajectories;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Inburgering.Web.Tests.Database;

/// <summary>
/// History written before events were typed is converted by SQL in the TypedHistory migration. Run here on a real
/// SQLite file and a real PostgreSQL database, and read back through the portal's own JSON reader.
/// </summary>
public sealed class LegacyHistoryTests
{
    private static readonly (string Type, string? Detail, DossierChange Expected)[] Cases =
    [
        ("Registered", null, new Registered()),
        ("CertificateIssued", null, new CertificateIssued()),
        ("TrackStarted", "DutchLanguage", new TrackStarted(TrackKind.DutchLanguage)),
        ("TrackCompleted", "Participation", new TrackCompleted(TrackKind.Participation)),
        ("ActionLogged", "Referral", new ActionLogged(ActionType.Referral)),
        ("ActionCancelled", "Conversation", new ActionCancelled(ActionType.Conversation)),
        ("FollowUpTrajectoryOpened", "Educational", new FollowUpTrajectoryOpened(Perspective.Educational)),
        ("SocialOrientationTestRecorded", "Passed", new SocialOrientationTestRecorded(true)),
        ("SocialOrientationTestRecorded", "Failed", new SocialOrientationTestRecorded(false)),
        ("DutchExamRecorded", "A2 Passed", new DutchExamRecorded(CefrLevel.A2, null, true)),
        ("DutchExamRecorded", "B1 Failed", new DutchExamRecorded(CefrLevel.B1, null, false)),
        ("AccountActivated", "Created", new AccountActivated(false)),
        ("AccountActivated", "PasswordReset", new AccountActivated(true)),
        ("DataExported", "json", new DataExported("json")),
        ("Reassigned", "Verhuisd naar \"Mechelen\"\\n\tvia C:\\dossiers\r\nregel 2", new Reassigned("Verhuisd naar \"Mechelen\"\\n\tvia C:\\dossiers\r\nregel 2")),
    ];

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void ToJsonStatements_OnHistoryOfBeforeTypedEvents_GivesEveryEventBackTyped(string provider)
    {
        using var sqlite = provider == "Sqlite" ? SqliteDatabase.Create() : null;
        using var postgres = provider == "Postgres" ? PostgresDatabase.Create() : null;
        using DbConnection connection = sqlite is not null ? new SqliteConnection(sqlite.ConnectionString) : new NpgsqlConnection(postgres!.ConnectionString);
        connection.Open();
        Execute(connection, "CREATE TABLE \"DossierEvents\" (\"Id\" INTEGER PRIMARY KEY, \"Type\" VARCHAR(40) NOT NULL, \"Data\" TEXT NULL)");
        for (var i = 0; i < Cases.Length; i++)
        {
            Execute(connection, "INSERT INTO \"DossierEvents\" (\"Id\", \"Type\", \"Data\") VALUES (@id, @type, @data)", ("id", i), ("type", Cases[i].Type), ("data", Cases[i].Detail));
        }

        Execute(connection, "INSERT INTO \"DossierEvents\" (\"Id\", \"Type\", \"Data\") VALUES (100, 'PersonalDataChanged', 'LastName, Phone')");
        Execute(connection, "INSERT INTO \"DossierEvents\" (\"Id\", \"Type\", \"Data\") VALUES (101, 'IntakeCompleted', 'SocialOrientation, DutchLanguage, Work')");
        Execute(connection, "INSERT INTO \"DossierEvents\" (\"Id\", \"Type\", \"Data\") VALUES (102, 'ResidenceChanged', 'Status')");

        foreach (var statement in LegacyHistory.ToJsonStatements(provider == "Postgres" ? "CHR" : "CHAR"))
        {
            Execute(connection, statement);
        }

        var stored = Read(connection);
        for (var i = 0; i < Cases.Length; i++)
        {
            Assert.Equal(Cases[i].Expected, DossierChangeJson.Read(stored[i]));
        }

        Assert.Equal(["LastName", "Phone"], Assert.IsType<PersonalDataChanged>(DossierChangeJson.Read(stored[100])).Fields);
        Assert.Equal([TrackKind.SocialOrientation, TrackKind.DutchLanguage, TrackKind.Work], Assert.IsType<IntakeCompleted>(DossierChangeJson.Read(stored[101])).Tracks);
        Assert.Equal(["Status"], Assert.IsType<ResidenceChanged>(DossierChangeJson.Read(stored[102])).Fields);
    }

    [Fact]
    public void ToJsonStatements_RunTwice_LeaveConvertedEventsAlone()
    {
        using var sqlite = SqliteDatabase.Create();
        using var connection = new SqliteConnection(sqlite.ConnectionString);
        connection.Open();
        Execute(connection, "CREATE TABLE \"DossierEvents\" (\"Id\" INTEGER PRIMARY KEY, \"Type\" TEXT NOT NULL, \"Data\" TEXT NULL)");
        Execute(connection, "INSERT INTO \"DossierEvents\" VALUES (1, 'TrackStarted', 'Work')");

        foreach (var statement in LegacyHistory.ToJsonStatements("CHAR").Concat(LegacyHistory.ToJsonStatements("CHAR")))
        {
            Execute(connection, statement);
        }

        Assert.Equal(new TrackStarted(TrackKind.Work), DossierChangeJson.Read(Read(connection)[1]));
    }

    private static Dictionary<int, string> Read(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Id\", \"Data\" FROM \"DossierEvents\"";
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<int, string>();
        while (reader.Read())
        {
            rows[Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)] = reader.GetString(1);
        }

        return rows;
    }

    private static void Execute(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        command.ExecuteNonQuery();
    }
}
