using Microsoft.EntityFrameworkCore.Migrations;

namespace Inburgering.Web.Data.Migrations;

/// <summary>Operations that EF cannot express for every provider without a model snapshot.</summary>
internal static class PortableOperations
{
    /// <summary>
    /// EF's SQLite provider drops a column only by rebuilding the table from a snapshot, which hand-written
    /// migrations do not have; SQLite itself (3.35+) drops columns with standard SQL.
    /// </summary>
    public static void DropColumnPortably(this MigrationBuilder migrationBuilder, string table, string column)
    {
        if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            migrationBuilder.Sql($"ALTER TABLE \"{table}\" DROP COLUMN \"{column}\";");
        }
        else
        {
            migrationBuilder.DropColumn(name: column, table: table);
        }
    }
}
