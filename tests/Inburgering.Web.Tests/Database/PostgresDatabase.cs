using Microsoft.Data.Sqlite;
using Npgsql;

namespace Inburgering.Web.Tests.Database;

/// <summary>
/// A fresh, uniquely named database on the PostgreSQL server that <c>./test.sh</c> starts, dropped on dispose.
/// The tests fail rather than skip without that server: a skipped PostgreSQL test would hide exactly the
/// differences (max lengths, types) that SQLite does not show.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public const string ServerVariable = "INBURGERING_TEST_POSTGRES";

    private readonly string _serverConnectionString;

    private PostgresDatabase(string serverConnectionString, string name, string connectionString)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static PostgresDatabase Create()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} is not set. Run the tests with ./test.sh from the repository root: it starts a throwaway "
                + "PostgreSQL server and sets this variable to its connection string "
                + "(e.g. \"Host=127.0.0.1;Port=5433;Username=postgres;Database=postgres\").");
        }

        var name = $"inb_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }

        var database = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new PostgresDatabase(server, name, database.ConnectionString);
    }

    public void Dispose()
    {
        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        using var connection = new NpgsqlConnection(_serverConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}

/// <summary>A database file of its own in the temp folder, deleted with its journal files on dispose.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private SqliteDatabase(string path)
    {
        Path = path;
        // No pooling: a pooled connection would keep the file open and block the delete.
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
    }

    public string Path { get; }

    public string ConnectionString { get; }

    public static SqliteDatabase Create() =>
        new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"inb_test_{Guid.NewGuid():N}.db"));

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(Path + suffix);
        }
    }
}
