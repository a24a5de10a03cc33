using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PartnerNetwork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HoursConfirmedBy",
                table: "FollowUpActions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HoursConfirmedByName",
                table: "FollowUpActions",
                type: "character varying(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HoursConfirmedOn",
                table: "FollowUpActions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReferralId",
                table: "FollowUpActions",
                type: "uuid",
                nullable: true);

            // Hours ticked as "signed on paper" before confirmations existed keep counting, marked as such.
            migrationBuilder.Sql("UPDATE \"FollowUpActions\" SET \"HoursConfirmedBy\" = 'PaperProof' WHERE \"ProofSigned\";");

            migrationBuilder.DropColumn(
                name: "ProofSigned",
                table: "FollowUpActions");

            migrationBuilder.AddColumn<string>(
                name: "Municipality",
                table: "AspNetUsers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OrganisationId",
                table: "AspNetUsers",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Municipality = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalitiesServed = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Track = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DutchLevel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Schedule = table.Column<int>(type: "integer", nullable: false),
                    ChildcareOnSite = table.Column<bool>(type: "boolean", nullable: false),
                    ContactLanguage = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Places = table.Column<int>(type: "integer", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Municipality = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LanguagePractice = table.Column<bool>(type: "boolean", nullable: false),
                    ParticipationActivity = table.Column<bool>(type: "boolean", nullable: false),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NewcomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseWorkerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Agency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NewcomerMunicipality = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ConsentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StatusOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConfirmedHours = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Shared_DutchLevel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Shared_Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Shared_FullName = table.Column<string>(type: "character varying(201)", maxLength: 201, nullable: false),
                    Shared_Languages = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Shared_NeedsChildcare = table.Column<bool>(type: "boolean", nullable: false),
                    Shared_Phone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Newcomers_NewcomerId",
                        column: x => x.NewcomerId,
                        principalTable: "Newcomers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Referrals_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReferralSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    By = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ByName = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralSteps_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OrganisationId",
                table: "AspNetUsers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_OrganisationId",
                table: "Offers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_Track_Withdrawn_Municipality",
                table: "Offers",
                columns: new[] { "Track", "Withdrawn", "Municipality" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Municipality",
                table: "Organisations",
                column: "Municipality");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Name",
                table: "Organisations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CaseWorkerId_Status_StatusOn",
                table: "Referrals",
                columns: new[] { "CaseWorkerId", "Status", "StatusOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_NewcomerId_SentOn",
                table: "Referrals",
                columns: new[] { "NewcomerId", "SentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_NewcomerMunicipality_Status",
                table: "Referrals",
                columns: new[] { "NewcomerMunicipality", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OfferId_Status",
                table: "Referrals",
                columns: new[] { "OfferId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_Status_SentOn",
                table: "Referrals",
                columns: new[] { "OrganisationId", "Status", "SentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralSteps_ReferralId",
                table: "ReferralSteps",
                column: "ReferralId");

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Organisations_OrganisationId",
                table: "AspNetUsers",
                column: "OrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Organisations_OrganisationId",
                table: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "ReferralSteps");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "Offers");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_OrganisationId",
                table: "AspNetUsers");

            migrationBuilder.AddColumn<bool>(
                name: "ProofSigned",
                table: "FollowUpActions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("UPDATE \"FollowUpActions\" SET \"ProofSigned\" = TRUE WHERE \"HoursConfirmedBy\" IS NOT NULL;");

            migrationBuilder.DropColumn(
                name: "HoursConfirmedBy",
                table: "FollowUpActions");

            migrationBuilder.DropColumn(
                name: "HoursConfirmedByName",
                table: "FollowUpActions");

            migrationBuilder.DropColumn(
                name: "HoursConfirmedOn",
                table: "FollowUpActions");

            migrationBuilder.DropColumn(
                name: "ReferralId",
                table: "FollowUpActions");

            migrationBuilder.DropColumn(
                name: "Municipality",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "AspNetUsers");
        }
    }
}
