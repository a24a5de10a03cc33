using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Inburgering.Web.Data.Migrations;

/// <summary>
/// The first schema: Identity, offices, newcomers, trajectories with their four tracks, actions,
/// exam results and the dossier history. Provider-neutral: no column types, one set for SQLite and PostgreSQL.
/// (Reworked before the first release to carry the reporting columns of ADR 0003 and 0004.)
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123120000_InitialSchema")]
public sealed class InitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AspNetRoles",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                Name = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoles", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Offices",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Agency = table.Column<string>(maxLength: 40, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Region = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Offices", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AspNetRoleClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RoleId = table.Column<string>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                table.ForeignKey(
                    name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                    column: x => x.RoleId,
                    principalTable: "AspNetRoles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserId = table.Column<string>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(nullable: false),
                ProviderKey = table.Column<string>(nullable: false),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserRoles",
            columns: table => new
            {
                UserId = table.Column<string>(nullable: false),
                RoleId = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                table.ForeignKey(
                    name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                    column: x => x.RoleId,
                    principalTable: "AspNetRoles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUsers",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                DisplayName = table.Column<string>(maxLength: 100, nullable: false),
                OfficeId = table.Column<Guid>(nullable: true),
                NewcomerId = table.Column<Guid>(nullable: true),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                SecurityStamp = table.Column<string>(nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                PhoneNumber = table.Column<string>(nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                table.ForeignKey(
                    name: "FK_AspNetUsers_Offices_OfficeId",
                    column: x => x.OfficeId,
                    principalTable: "Offices",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserTokens",
            columns: table => new
            {
                UserId = table.Column<string>(nullable: false),
                LoginProvider = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey(
                    name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Newcomers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Number = table.Column<string>(maxLength: 12, nullable: false),
                OfficeId = table.Column<Guid>(nullable: false),
                Agency = table.Column<string>(maxLength: 40, nullable: false),
                CaseWorkerId = table.Column<string>(maxLength: 450, nullable: false),
                RegisteredOn = table.Column<DateOnly>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
                Person_BirthDate = table.Column<DateOnly>(nullable: false),
                Person_Email = table.Column<string>(maxLength: 200, nullable: true),
                Person_FirstName = table.Column<string>(maxLength: 100, nullable: false),
                Person_Gender = table.Column<string>(maxLength: 40, nullable: false),
                Person_Languages = table.Column<string>(maxLength: 200, nullable: true),
                Person_LastName = table.Column<string>(maxLength: 100, nullable: false),
                Person_Municipality = table.Column<string>(maxLength: 100, nullable: false),
                Person_NationalRegisterNumber = table.Column<string>(maxLength: 11, nullable: true),
                Person_Nationality = table.Column<string>(maxLength: 2, nullable: false),
                Person_PermanentlyUnable = table.Column<bool>(nullable: false),
                Person_Phone = table.Column<string>(maxLength: 30, nullable: true),
                Residence_AppealLodgedOn = table.Column<DateOnly>(nullable: true),
                Residence_AsylumAppliedOn = table.Column<DateOnly>(nullable: true),
                Residence_ProtectionGrantedOn = table.Column<DateOnly>(nullable: true),
                Residence_RefusalNotifiedOn = table.Column<DateOnly>(nullable: true),
                Residence_RegisteredOn = table.Column<DateOnly>(nullable: true),
                Residence_Status = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Newcomers", x => x.Id);
                table.ForeignKey(
                    name: "FK_Newcomers_AspNetUsers_CaseWorkerId",
                    column: x => x.CaseWorkerId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Newcomers_Offices_OfficeId",
                    column: x => x.OfficeId,
                    principalTable: "Offices",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "DossierEvents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                NewcomerId = table.Column<Guid>(nullable: false),
                OccurredAtUtc = table.Column<DateTime>(nullable: false),
                ActorId = table.Column<string>(maxLength: 450, nullable: false),
                ActorName = table.Column<string>(maxLength: 100, nullable: false),
                Type = table.Column<string>(maxLength: 40, nullable: false),
                Detail = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DossierEvents", x => x.Id);
                table.ForeignKey(
                    name: "FK_DossierEvents_Newcomers_NewcomerId",
                    column: x => x.NewcomerId,
                    principalTable: "Newcomers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Trajectories",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                NewcomerId = table.Column<Guid>(nullable: false),
                Agency = table.Column<string>(maxLength: 40, nullable: false),
                OfficeId = table.Column<Guid>(nullable: false),
                CaseWorkerId = table.Column<string>(maxLength: 450, nullable: false),
                Gender = table.Column<string>(maxLength: 40, nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                StartedOn = table.Column<DateOnly>(nullable: false),
                CompletedOn = table.Column<DateOnly>(nullable: true),
                Obligation = table.Column<string>(maxLength: 40, nullable: false),
                Goal = table.Column<string>(maxLength: 500, nullable: true),
                CertificateKind = table.Column<string>(maxLength: 40, nullable: true),
                CertificateIssuedOn = table.Column<DateOnly>(nullable: true),
                OralB1DueOn = table.Column<DateOnly>(nullable: true),
                EffortMotivation = table.Column<string>(maxLength: 2000, nullable: true),
                FirstActionOn = table.Column<DateOnly>(nullable: true),
                FirstActionCategory = table.Column<string>(maxLength: 40, nullable: true),
                LastActionOn = table.Column<DateOnly>(nullable: true),
                NextDueOn = table.Column<DateOnly>(nullable: true),
                DaysToFirstAction = table.Column<int>(nullable: true),
                DaysToWork = table.Column<int>(nullable: true),
                DaysToCertificate = table.Column<int>(nullable: true),
                IntegrationOf = table.Column<Guid>(nullable: true),
                Version = table.Column<Guid>(nullable: false),
                DutchLanguage_CompletedOn = table.Column<DateOnly>(nullable: true),
                DutchLanguage_LevelReached = table.Column<string>(maxLength: 40, nullable: false),
                DutchLanguage_OralExam = table.Column<bool>(nullable: false),
                DutchLanguage_Profile = table.Column<string>(maxLength: 40, nullable: false),
                DutchLanguage_StartedOn = table.Column<DateOnly>(nullable: true),
                DutchLanguage_Status = table.Column<string>(maxLength: 40, nullable: false),
                DutchLanguage_TargetLevel = table.Column<string>(maxLength: 40, nullable: false),
                Intake_Availability = table.Column<int>(nullable: false),
                Intake_Barriers = table.Column<int>(nullable: false),
                Intake_CompletedOn = table.Column<DateOnly>(nullable: false),
                Intake_DiplomaRecognition = table.Column<string>(maxLength: 40, nullable: false),
                Intake_DutchLevel = table.Column<string>(maxLength: 40, nullable: false),
                Intake_EducationLevel = table.Column<string>(maxLength: 40, nullable: false),
                Intake_Goals = table.Column<int>(nullable: false),
                Intake_Literacy = table.Column<string>(maxLength: 40, nullable: false),
                Intake_NeedsChildcare = table.Column<bool>(nullable: false),
                Intake_Notes = table.Column<string>(maxLength: 2000, nullable: true),
                Intake_Perspective = table.Column<string>(maxLength: 40, nullable: false),
                Intake_Studying = table.Column<bool>(nullable: false),
                Intake_WorkExperience = table.Column<string>(maxLength: 500, nullable: true),
                Intake_Working = table.Column<bool>(nullable: false),
                Participation_CompletedOn = table.Column<DateOnly>(nullable: true),
                Participation_Hours = table.Column<decimal>(precision: 7, scale: 2, nullable: false),
                Participation_Mandatory = table.Column<bool>(nullable: false),
                Participation_StartedOn = table.Column<DateOnly>(nullable: true),
                Participation_Status = table.Column<string>(maxLength: 40, nullable: false),
                SocialOrientation_CompletedOn = table.Column<DateOnly>(nullable: true),
                SocialOrientation_CourseLanguage = table.Column<string>(maxLength: 50, nullable: true),
                SocialOrientation_StartedOn = table.Column<DateOnly>(nullable: true),
                SocialOrientation_Status = table.Column<string>(maxLength: 40, nullable: false),
                Work_CompletedOn = table.Column<DateOnly>(nullable: true),
                Work_Route = table.Column<string>(maxLength: 40, nullable: false),
                Work_StartedOn = table.Column<DateOnly>(nullable: true),
                Work_Status = table.Column<string>(maxLength: 40, nullable: false),
                Work_VdabDueOn = table.Column<DateOnly>(nullable: true),
                Work_VdabRegisteredOn = table.Column<DateOnly>(nullable: true),
                Work_VdabRequired = table.Column<bool>(nullable: false),
                Work_WorkStartedOn = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Trajectories", x => x.Id);
                table.ForeignKey(
                    name: "FK_Trajectories_Newcomers_NewcomerId",
                    column: x => x.NewcomerId,
                    principalTable: "Newcomers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DutchExamResults",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Level = table.Column<string>(maxLength: 40, nullable: false),
                Mode = table.Column<string>(maxLength: 40, nullable: false),
                Passed = table.Column<bool>(nullable: false),
                TrajectoryId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DutchExamResults", x => x.Id);
                table.ForeignKey(
                    name: "FK_DutchExamResults_Trajectories_TrajectoryId",
                    column: x => x.TrajectoryId,
                    principalTable: "Trajectories",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "FollowUpActions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Track = table.Column<string>(maxLength: 40, nullable: false),
                Type = table.Column<string>(maxLength: 40, nullable: false),
                Partner = table.Column<string>(maxLength: 40, nullable: true),
                Date = table.Column<DateOnly>(nullable: false),
                DueOn = table.Column<DateOnly>(nullable: false),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                CompletedOn = table.Column<DateOnly>(nullable: true),
                Outcome = table.Column<string>(maxLength: 1000, nullable: true),
                Note = table.Column<string>(maxLength: 2000, nullable: true),
                Hours = table.Column<decimal>(precision: 5, scale: 2, nullable: true),
                ProofSigned = table.Column<bool>(nullable: false),
                TrajectoryId = table.Column<Guid>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FollowUpActions", x => x.Id);
                table.ForeignKey(
                    name: "FK_FollowUpActions_Trajectories_TrajectoryId",
                    column: x => x.TrajectoryId,
                    principalTable: "Trajectories",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SocialOrientationTestResults",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                PracticalScore = table.Column<int>(nullable: false),
                ValuesScore = table.Column<int>(nullable: false),
                Passed = table.Column<bool>(nullable: false),
                TrajectoryId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SocialOrientationTestResults", x => x.Id);
                table.ForeignKey(
                    name: "FK_SocialOrientationTestResults_Trajectories_TrajectoryId",
                    column: x => x.TrajectoryId,
                    principalTable: "Trajectories",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_AspNetRoleClaims_RoleId",
            table: "AspNetRoleClaims",
            column: "RoleId");

        migrationBuilder.CreateIndex(
            name: "RoleNameIndex",
            table: "AspNetRoles",
            column: "NormalizedName",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserClaims_UserId",
            table: "AspNetUserClaims",
            column: "UserId");

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserLogins_UserId",
            table: "AspNetUserLogins",
            column: "UserId");

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserRoles_RoleId",
            table: "AspNetUserRoles",
            column: "RoleId");

        migrationBuilder.CreateIndex(
            name: "EmailIndex",
            table: "AspNetUsers",
            column: "NormalizedEmail");

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUsers_NewcomerId",
            table: "AspNetUsers",
            column: "NewcomerId",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUsers_OfficeId",
            table: "AspNetUsers",
            column: "OfficeId");

        migrationBuilder.CreateIndex(
            name: "UserNameIndex",
            table: "AspNetUsers",
            column: "NormalizedUserName",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_DossierEvents_NewcomerId_OccurredAtUtc",
            table: "DossierEvents",
            columns: new[] { "NewcomerId", "OccurredAtUtc" });

        migrationBuilder.CreateIndex(
            name: "IX_DutchExamResults_TrajectoryId",
            table: "DutchExamResults",
            column: "TrajectoryId");

        migrationBuilder.CreateIndex(
            name: "IX_FollowUpActions_Status_DueOn",
            table: "FollowUpActions",
            columns: new[] { "Status", "DueOn" });

        migrationBuilder.CreateIndex(
            name: "IX_FollowUpActions_TrajectoryId_Date",
            table: "FollowUpActions",
            columns: new[] { "TrajectoryId", "Date" });

        migrationBuilder.CreateIndex(
            name: "IX_Newcomers_Agency_CaseWorkerId",
            table: "Newcomers",
            columns: new[] { "Agency", "CaseWorkerId" });

        migrationBuilder.CreateIndex(
            name: "IX_Newcomers_CaseWorkerId",
            table: "Newcomers",
            column: "CaseWorkerId");

        migrationBuilder.CreateIndex(
            name: "IX_Newcomers_Number",
            table: "Newcomers",
            column: "Number",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Newcomers_OfficeId",
            table: "Newcomers",
            column: "OfficeId");

        migrationBuilder.CreateIndex(
            name: "IX_Offices_Name",
            table: "Offices",
            column: "Name",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_SocialOrientationTestResults_TrajectoryId",
            table: "SocialOrientationTestResults",
            column: "TrajectoryId");

        migrationBuilder.CreateIndex(
            name: "IX_Trajectories_NewcomerId_Kind",
            table: "Trajectories",
            columns: new[] { "NewcomerId", "Kind" });

        migrationBuilder.CreateIndex(
            name: "IX_Trajectories_IntegrationOf",
            table: "Trajectories",
            column: "IntegrationOf",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Trajectories_Kind_StartedOn",
            table: "Trajectories",
            columns: new[] { "Kind", "StartedOn" });

        migrationBuilder.CreateIndex(
            name: "IX_Trajectories_Agency_Kind_CaseWorkerId",
            table: "Trajectories",
            columns: new[] { "Agency", "Kind", "CaseWorkerId" });

        migrationBuilder.CreateIndex(
            name: "IX_Trajectories_Kind_Agency_OfficeId_Status_StartedOn",
            table: "Trajectories",
            columns: new[] { "Kind", "Agency", "OfficeId", "Status", "StartedOn" });

        migrationBuilder.CreateIndex(
            name: "IX_Trajectories_Kind_Agency_FirstActionCategory",
            table: "Trajectories",
            columns: new[] { "Kind", "Agency", "FirstActionCategory" });

        migrationBuilder.CreateIndex(
            name: "IX_Trajectories_Kind_Agency_DaysToFirstAction",
            table: "Trajectories",
            columns: new[] { "Kind", "Agency", "DaysToFirstAction" });

        migrationBuilder.CreateIndex(
            name: "IX_Trajectories_Kind_Agency_DaysToWork",
            table: "Trajectories",
            columns: new[] { "Kind", "Agency", "DaysToWork" });

        migrationBuilder.CreateIndex(
            name: "IX_Trajectories_Kind_Agency_DaysToCertificate",
            table: "Trajectories",
            columns: new[] { "Kind", "Agency", "DaysToCertificate" });

        migrationBuilder.AddForeignKey(
            name: "FK_AspNetUserClaims_AspNetUsers_UserId",
            table: "AspNetUserClaims",
            column: "UserId",
            principalTable: "AspNetUsers",
            principalColumn: "Id",
            onDelete: ReferentialAction.Cascade);

        migrationBuilder.AddForeignKey(
            name: "FK_AspNetUserLogins_AspNetUsers_UserId",
            table: "AspNetUserLogins",
            column: "UserId",
            principalTable: "AspNetUsers",
            principalColumn: "Id",
            onDelete: ReferentialAction.Cascade);

        migrationBuilder.AddForeignKey(
            name: "FK_AspNetUserRoles_AspNetUsers_UserId",
            table: "AspNetUserRoles",
            column: "UserId",
            principalTable: "AspNetUsers",
            principalColumn: "Id",
            onDelete: ReferentialAction.Cascade);

        migrationBuilder.AddForeignKey(
            name: "FK_AspNetUsers_Newcomers_NewcomerId",
            table: "AspNetUsers",
            column: "NewcomerId",
            principalTable: "Newcomers",
            principalColumn: "Id",
            onDelete: ReferentialAction.Cascade);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // AspNetUsers and Newcomers reference each other; SQLite drops the tables without this step (and cannot do it).
        if (migrationBuilder.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")
        {
            migrationBuilder.DropForeignKey(name: "FK_AspNetUsers_Newcomers_NewcomerId", table: "AspNetUsers");
        }

        migrationBuilder.DropTable(name: "AspNetRoleClaims");
        migrationBuilder.DropTable(name: "AspNetUserClaims");
        migrationBuilder.DropTable(name: "AspNetUserLogins");
        migrationBuilder.DropTable(name: "AspNetUserRoles");
        migrationBuilder.DropTable(name: "AspNetUserTokens");
        migrationBuilder.DropTable(name: "DossierEvents");
        migrationBuilder.DropTable(name: "DutchExamResults");
        migrationBuilder.DropTable(name: "FollowUpActions");
        migrationBuilder.DropTable(name: "SocialOrientationTestResults");
        migrationBuilder.DropTable(name: "AspNetRoles");
        migrationBuilder.DropTable(name: "Trajectories");
        migrationBuilder.DropTable(name: "Newcomers");
        migrationBuilder.DropTable(name: "AspNetUsers");
        migrationBuilder.DropTable(name: "Offices");
    }
}
