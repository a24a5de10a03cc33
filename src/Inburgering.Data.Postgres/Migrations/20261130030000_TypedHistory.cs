using Inburgering.Data.History;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TypedHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Edited after generation: EF sees a new property and would drop the column with the history in it.
            migrationBuilder.RenameColumn(
                name: "Detail",
                table: "DossierEvents",
                newName: "Data");

            foreach (var statement in LegacyHistory.ToJsonStatements("CHR"))
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.AlterColumn<string>(
                name: "Data",
                table: "DossierEvents",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000,
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The JSON stays: history written since cannot be put back into the old texts.
            migrationBuilder.AlterColumn<string>(
                name: "Data",
                table: "DossierEvents",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.RenameColumn(
                name: "Data",
                table: "DossierEvents",
                newName: "Detail");
        }
    }
}
