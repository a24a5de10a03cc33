using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RetentionAndErasure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AnonymisedOn",
                table: "Newcomers",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Erasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NewcomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierNumber = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Ground = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RequestedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RequestedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConfirmedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ConfirmedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DoneAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Erasures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HolderId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HeldUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastDoneOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Erasures_NewcomerId",
                table: "Erasures",
                column: "NewcomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Erasures_RequestedAtUtc",
                table: "Erasures",
                column: "RequestedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Erasures");

            migrationBuilder.DropTable(
                name: "JobLeases");

            migrationBuilder.DropColumn(
                name: "AnonymisedOn",
                table: "Newcomers");
        }
    }
}
