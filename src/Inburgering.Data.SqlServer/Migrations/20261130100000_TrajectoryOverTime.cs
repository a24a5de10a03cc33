using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TrajectoryOverTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The participation duty is derived now (ParticipationRule), not ticked: the ticked column goes, and the
            // situation it is derived from starts as the intake recorded it.
            migrationBuilder.DropColumn(
                name: "Participation_Mandatory",
                table: "Trajectories");

            migrationBuilder.AddColumn<bool>(
                name: "Working",
                table: "Trajectories",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Obligations_Fourth",
                table: "Trajectories",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Obligations_FourthFrom",
                table: "Trajectories",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Obligations_Initial",
                table: "Trajectories",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Obligations_Second",
                table: "Trajectories",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Obligations_SecondFrom",
                table: "Trajectories",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Obligations_Third",
                table: "Trajectories",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Obligations_ThirdFrom",
                table: "Trajectories",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StopReason",
                table: "Trajectories",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Studying",
                table: "Trajectories",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AgencyLetterSentOn",
                table: "Newcomers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ContractSignedOn",
                table: "Newcomers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Obligations_Fourth",
                table: "Newcomers",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Obligations_FourthFrom",
                table: "Newcomers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Obligations_Initial",
                table: "Newcomers",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Obligations_Second",
                table: "Newcomers",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Obligations_SecondFrom",
                table: "Newcomers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Obligations_Third",
                table: "Newcomers",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Obligations_ThirdFrom",
                table: "Newcomers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReportDueOn",
                table: "Newcomers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReportedOn",
                table: "Newcomers",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EnforcementNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Agency = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FineAmount = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: true),
                    NewcomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementNotices_Newcomers_NewcomerId",
                        column: x => x.NewcomerId,
                        principalTable: "Newcomers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementNotices_Agency_NotifiedOn",
                table: "EnforcementNotices",
                columns: new[] { "Agency", "NotifiedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementNotices_NewcomerId",
                table: "EnforcementNotices",
                column: "NewcomerId");

            migrationBuilder.Sql("UPDATE \"Trajectories\" SET \"Working\" = \"Intake_Working\", \"Studying\" = \"Intake_Studying\"");

            // The defaults only filled the existing rows before the copy above; the model has none.
            migrationBuilder.AlterColumn<bool>(
                name: "Working",
                table: "Trajectories",
                type: "bit",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldDefaultValue: false);

            migrationBuilder.AlterColumn<bool>(
                name: "Studying",
                table: "Trajectories",
                type: "bit",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldDefaultValue: false);

            // Existing rows got an empty class to be filled in by ObligationBackfill after the migrations; new rows always
            // carry one, so the column keeps no default (as the model says).
            migrationBuilder.AlterColumn<string>(
                name: "Obligations_Initial",
                table: "Newcomers",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(40)",
                oldMaxLength: 40,
                oldDefaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "Obligations_Initial",
                table: "Trajectories",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(40)",
                oldMaxLength: 40,
                oldDefaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EnforcementNotices");

            migrationBuilder.DropColumn(
                name: "Obligations_Fourth",
                table: "Trajectories");

            migrationBuilder.DropColumn(
                name: "Obligations_FourthFrom",
                table: "Trajectories");

            migrationBuilder.DropColumn(
                name: "Obligations_Initial",
                table: "Trajectories");

            migrationBuilder.DropColumn(
                name: "Obligations_Second",
                table: "Trajectories");

            migrationBuilder.DropColumn(
                name: "Obligations_SecondFrom",
                table: "Trajectories");

            migrationBuilder.DropColumn(
                name: "Obligations_Third",
                table: "Trajectories");

            migrationBuilder.DropColumn(
                name: "Obligations_ThirdFrom",
                table: "Trajectories");

            migrationBuilder.DropColumn(
                name: "StopReason",
                table: "Trajectories");

            migrationBuilder.DropColumn(
                name: "Studying",
                table: "Trajectories");

            migrationBuilder.DropColumn(
                name: "AgencyLetterSentOn",
                table: "Newcomers");

            migrationBuilder.DropColumn(
                name: "ContractSignedOn",
                table: "Newcomers");

            migrationBuilder.DropColumn(
                name: "Obligations_Fourth",
                table: "Newcomers");

            migrationBuilder.DropColumn(
                name: "Obligations_FourthFrom",
                table: "Newcomers");

            migrationBuilder.DropColumn(
                name: "Obligations_Initial",
                table: "Newcomers");

            migrationBuilder.DropColumn(
                name: "Obligations_Second",
                table: "Newcomers");

            migrationBuilder.DropColumn(
                name: "Obligations_SecondFrom",
                table: "Newcomers");

            migrationBuilder.DropColumn(
                name: "Obligations_Third",
                table: "Newcomers");

            migrationBuilder.DropColumn(
                name: "Obligations_ThirdFrom",
                table: "Newcomers");

            migrationBuilder.DropColumn(
                name: "ReportDueOn",
                table: "Newcomers");

            migrationBuilder.DropColumn(
                name: "ReportedOn",
                table: "Newcomers");

            migrationBuilder.DropColumn(
                name: "Working",
                table: "Trajectories");

            migrationBuilder.AddColumn<bool>(
                name: "Participation_Mandatory",
                table: "Trajectories",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }
    }
}
