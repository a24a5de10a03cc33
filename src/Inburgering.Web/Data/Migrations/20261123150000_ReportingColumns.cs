using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Inburgering.Web.Data.Migrations;

/// <summary>Durations kept on the trajectory so that report medians are computed in SQL (see ADR 0003).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123150000_ReportingColumns")]
public sealed class ReportingColumns : Migration
{
    private static readonly string[] Columns = ["DaysToFirstAction", "DaysToWork", "DaysToCertificate"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var column in Columns)
        {
            migrationBuilder.AddColumn<int>(name: column, table: "Trajectories", nullable: true);
        }

        migrationBuilder.CreateIndex(
            name: "IX_Trajectories_Kind_StartedOn",
            table: "Trajectories",
            columns: new[] { "Kind", "StartedOn" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Trajectories_Kind_StartedOn", table: "Trajectories");
        foreach (var column in Columns)
        {
            migrationBuilder.DropColumnPortably("Trajectories", column);
        }
    }
}
