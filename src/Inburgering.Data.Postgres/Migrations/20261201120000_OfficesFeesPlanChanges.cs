using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OfficesFeesPlanChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "DutchLanguageFeePaid",
                table: "Trajectories",
                type: "numeric(9,2)",
                precision: 9,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DutchLanguageFeePaidOn",
                table: "Trajectories",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeeExemption",
                table: "Trajectories",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeeExemptionReason",
                table: "Trajectories",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "SocialOrientationFeePaid",
                table: "Trajectories",
                type: "numeric(9,2)",
                precision: 9,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SocialOrientationFeePaidOn",
                table: "Trajectories",
                type: "date",
                nullable: true);

            // The defaults only filled the rows that existed (nothing paid yet); the model has none.
            migrationBuilder.AlterColumn<decimal>(
                name: "SocialOrientationFeePaid",
                table: "Trajectories",
                type: "numeric(9,2)",
                precision: 9,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(9,2)",
                oldPrecision: 9,
                oldScale: 2,
                oldDefaultValue: 0m);

            migrationBuilder.AlterColumn<decimal>(
                name: "DutchLanguageFeePaid",
                table: "Trajectories",
                type: "numeric(9,2)",
                precision: 9,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(9,2)",
                oldPrecision: 9,
                oldScale: 2,
                oldDefaultValue: 0m);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DutchLanguageFeePaid",
                table: "Trajectories");

            migrationBuilder.DropColumn(
                name: "DutchLanguageFeePaidOn",
                table: "Trajectories");

            migrationBuilder.DropColumn(
                name: "FeeExemption",
                table: "Trajectories");

            migrationBuilder.DropColumn(
                name: "FeeExemptionReason",
                table: "Trajectories");

            migrationBuilder.DropColumn(
                name: "SocialOrientationFeePaid",
                table: "Trajectories");

            migrationBuilder.DropColumn(
                name: "SocialOrientationFeePaidOn",
                table: "Trajectories");
        }
    }
}
