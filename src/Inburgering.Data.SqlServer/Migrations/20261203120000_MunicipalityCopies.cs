using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class MunicipalityCopies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Municipality",
                table: "Trajectories",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "HomeMunicipality",
                table: "Newcomers",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            // The copies of the municipality the local government's figures count by (ADR 0008); every save keeps them from here on.
            migrationBuilder.Sql("""UPDATE [Newcomers] SET [HomeMunicipality] = [Person_Municipality];""");
            migrationBuilder.Sql("""UPDATE t SET t.[Municipality] = n.[Person_Municipality] FROM [Trajectories] AS t INNER JOIN [Newcomers] AS n ON n.[Id] = t.[NewcomerId];""");

            // Every row now has its municipality: the column keeps no default (as the model says).
            migrationBuilder.AlterColumn<string>(
                name: "Municipality",
                table: "Trajectories",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(100)",
                oldMaxLength: 100,
                oldDefaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Trajectories_Municipality_Kind_Obligation",
                table: "Trajectories",
                columns: new[] { "Municipality", "Kind", "Obligation" });

            migrationBuilder.CreateIndex(
                name: "IX_Newcomers_HomeMunicipality",
                table: "Newcomers",
                column: "HomeMunicipality");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Trajectories_Municipality_Kind_Obligation",
                table: "Trajectories");

            migrationBuilder.DropIndex(
                name: "IX_Newcomers_HomeMunicipality",
                table: "Newcomers");

            migrationBuilder.DropColumn(
                name: "Municipality",
                table: "Trajectories");

            migrationBuilder.DropColumn(
                name: "HomeMunicipality",
                table: "Newcomers");
        }
    }
}
