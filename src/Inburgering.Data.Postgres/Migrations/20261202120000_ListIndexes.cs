using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Newcomers_CaseWorkerId",
                table: "Newcomers");

            migrationBuilder.AddColumn<string>(
                name: "SortFirstName",
                table: "Newcomers",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SortLastName",
                table: "Newcomers",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            // The copies of the name the list indexes hold (AppDbContext.SortLastName); every save sets them from here on.
            migrationBuilder.Sql("""UPDATE "Newcomers" SET "SortLastName" = "Person_LastName", "SortFirstName" = "Person_FirstName";""");

            migrationBuilder.CreateIndex(
                name: "IX_Newcomers_Agency_SortLastName_SortFirstName_Number",
                table: "Newcomers",
                columns: new[] { "Agency", "SortLastName", "SortFirstName", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Newcomers_CaseWorkerId_SortLastName_SortFirstName_Number",
                table: "Newcomers",
                columns: new[] { "CaseWorkerId", "SortLastName", "SortFirstName", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_Agency_Unusual_AtUtc",
                table: "AccessLog",
                columns: new[] { "Agency", "Unusual", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Newcomers_Agency_SortLastName_SortFirstName_Number",
                table: "Newcomers");

            migrationBuilder.DropIndex(
                name: "IX_Newcomers_CaseWorkerId_SortLastName_SortFirstName_Number",
                table: "Newcomers");

            migrationBuilder.DropIndex(
                name: "IX_AccessLog_Agency_Unusual_AtUtc",
                table: "AccessLog");

            migrationBuilder.DropColumn(
                name: "SortFirstName",
                table: "Newcomers");

            migrationBuilder.DropColumn(
                name: "SortLastName",
                table: "Newcomers");

            migrationBuilder.CreateIndex(
                name: "IX_Newcomers_CaseWorkerId",
                table: "Newcomers",
                column: "CaseWorkerId");
        }
    }
}
