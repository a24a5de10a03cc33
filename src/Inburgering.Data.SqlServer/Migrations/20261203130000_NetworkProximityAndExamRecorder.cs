using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class NetworkProximityAndExamRecorder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Agency",
                table: "Organisations",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ForLiteracyLearners",
                table: "Offers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "NisCode",
                table: "Offers",
                type: "nvarchar(5)",
                maxLength: 5,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordedBy",
                table: "DutchExamResults",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReferralId",
                table: "DutchExamResults",
                type: "uniqueidentifier",
                nullable: true);

            // Edited after generation: the default only filled the existing rows; the model has none.
            migrationBuilder.AlterColumn<bool>(
                name: "ForLiteracyLearners",
                table: "Offers",
                type: "bit",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldDefaultValue: false);

            // Edited after generation: rows from before this migration get what a save would derive.
            foreach (var statement in NetworkBackfill.Statements(n => $"[{n}]"))
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Agency",
                table: "Organisations",
                column: "Agency");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organisations_Agency",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Agency",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "ForLiteracyLearners",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "NisCode",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "RecordedBy",
                table: "DutchExamResults");

            migrationBuilder.DropColumn(
                name: "ReferralId",
                table: "DutchExamResults");
        }
    }
}
