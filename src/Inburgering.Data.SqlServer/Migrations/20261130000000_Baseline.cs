using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FriendlyName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Offices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Agency = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Region = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false)
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
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    OfficeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    NewcomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
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
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    OfficeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Agency = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CaseWorkerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Person_BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Person_Email = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Person_FirstName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Person_Gender = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Person_Languages = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Person_LastName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Person_Municipality = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Person_NationalRegisterNumber = table.Column<string>(type: "nvarchar(11)", maxLength: 11, nullable: true),
                    Person_Nationality = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Person_PermanentlyUnable = table.Column<bool>(type: "bit", nullable: false),
                    Person_Phone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Residence_AppealLodgedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Residence_AsylumAppliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Residence_ProtectionGrantedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Residence_RefusalNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Residence_RegisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Residence_Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NewcomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
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
                name: "Invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NewcomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CodeHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Invitations_Newcomers_NewcomerId",
                        column: x => x.NewcomerId,
                        principalTable: "Newcomers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Trajectories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NewcomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Agency = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OfficeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseWorkerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Gender = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Obligation = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Goal = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CertificateKind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    CertificateIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OralB1DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EffortMotivation = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    FirstActionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FirstActionCategory = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    LastActionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DaysToFirstAction = table.Column<int>(type: "int", nullable: true),
                    DaysToWork = table.Column<int>(type: "int", nullable: true),
                    DaysToCertificate = table.Column<int>(type: "int", nullable: true),
                    IntegrationOf = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DutchLanguage_CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DutchLanguage_LevelReached = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DutchLanguage_OralExam = table.Column<bool>(type: "bit", nullable: false),
                    DutchLanguage_Profile = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DutchLanguage_StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DutchLanguage_Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DutchLanguage_TargetLevel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Intake_Availability = table.Column<int>(type: "int", nullable: false),
                    Intake_Barriers = table.Column<int>(type: "int", nullable: false),
                    Intake_CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Intake_DiplomaRecognition = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Intake_DutchLevel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Intake_EducationLevel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Intake_Goals = table.Column<int>(type: "int", nullable: false),
                    Intake_Literacy = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Intake_NeedsChildcare = table.Column<bool>(type: "bit", nullable: false),
                    Intake_Notes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Intake_Perspective = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Intake_Studying = table.Column<bool>(type: "bit", nullable: false),
                    Intake_WorkExperience = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Intake_Working = table.Column<bool>(type: "bit", nullable: false),
                    Participation_CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Participation_Hours = table.Column<decimal>(type: "decimal(7,2)", precision: 7, scale: 2, nullable: false),
                    Participation_Mandatory = table.Column<bool>(type: "bit", nullable: false),
                    Participation_StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Participation_Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SocialOrientation_CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SocialOrientation_CourseLanguage = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    SocialOrientation_StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SocialOrientation_Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Work_CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Work_Route = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Work_StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Work_Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Work_VdabDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Work_VdabRegisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Work_VdabRequired = table.Column<bool>(type: "bit", nullable: false),
                    Work_WorkStartedOn = table.Column<DateOnly>(type: "date", nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Level = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Mode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Passed = table.Column<bool>(type: "bit", nullable: false),
                    TrajectoryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Track = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Partner = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Hours = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: true),
                    ProofSigned = table.Column<bool>(type: "bit", nullable: false),
                    TrajectoryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    PracticalScore = table.Column<int>(type: "int", nullable: false),
                    ValuesScore = table.Column<int>(type: "int", nullable: false),
                    Passed = table.Column<bool>(type: "bit", nullable: false),
                    TrajectoryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

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
                unique: true,
                filter: "[NewcomerId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OfficeId",
                table: "AspNetUsers",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

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
                name: "IX_Invitations_CodeHash",
                table: "Invitations",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_NewcomerId",
                table: "Invitations",
                column: "NewcomerId");

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
                name: "IX_Trajectories_Agency_Kind_CaseWorkerId",
                table: "Trajectories",
                columns: new[] { "Agency", "Kind", "CaseWorkerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Trajectories_IntegrationOf",
                table: "Trajectories",
                column: "IntegrationOf",
                unique: true,
                filter: "[IntegrationOf] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Trajectories_Kind_Agency_DaysToCertificate",
                table: "Trajectories",
                columns: new[] { "Kind", "Agency", "DaysToCertificate" });

            migrationBuilder.CreateIndex(
                name: "IX_Trajectories_Kind_Agency_DaysToFirstAction",
                table: "Trajectories",
                columns: new[] { "Kind", "Agency", "DaysToFirstAction" });

            migrationBuilder.CreateIndex(
                name: "IX_Trajectories_Kind_Agency_DaysToWork",
                table: "Trajectories",
                columns: new[] { "Kind", "Agency", "DaysToWork" });

            migrationBuilder.CreateIndex(
                name: "IX_Trajectories_Kind_Agency_FirstActionCategory",
                table: "Trajectories",
                columns: new[] { "Kind", "Agency", "FirstActionCategory" });

            migrationBuilder.CreateIndex(
                name: "IX_Trajectories_Kind_Agency_OfficeId_Status_StartedOn",
                table: "Trajectories",
                columns: new[] { "Kind", "Agency", "OfficeId", "Status", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Trajectories_Kind_StartedOn",
                table: "Trajectories",
                columns: new[] { "Kind", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Trajectories_NewcomerId_Kind",
                table: "Trajectories",
                columns: new[] { "NewcomerId", "Kind" });

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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Newcomers_AspNetUsers_CaseWorkerId",
                table: "Newcomers");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DossierEvents");

            migrationBuilder.DropTable(
                name: "DutchExamResults");

            migrationBuilder.DropTable(
                name: "FollowUpActions");

            migrationBuilder.DropTable(
                name: "Invitations");

            migrationBuilder.DropTable(
                name: "SocialOrientationTestResults");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Trajectories");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Newcomers");

            migrationBuilder.DropTable(
                name: "Offices");
        }
    }
}
