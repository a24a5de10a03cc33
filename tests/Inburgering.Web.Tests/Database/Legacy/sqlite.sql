CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "Offices" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Offices" PRIMARY KEY,
    "Agency" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Region" TEXT NOT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "OfficeId" TEXT NULL,
    "NewcomerId" TEXT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_Offices_OfficeId" FOREIGN KEY ("OfficeId") REFERENCES "Offices" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AspNetUsers_Newcomers_NewcomerId" FOREIGN KEY ("NewcomerId") REFERENCES "Newcomers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Newcomers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Newcomers" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "OfficeId" TEXT NOT NULL,
    "Agency" TEXT NOT NULL,
    "CaseWorkerId" TEXT NOT NULL,
    "RegisteredOn" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    "Person_BirthDate" TEXT NOT NULL,
    "Person_Email" TEXT NULL,
    "Person_FirstName" TEXT NOT NULL,
    "Person_Gender" TEXT NOT NULL,
    "Person_Languages" TEXT NULL,
    "Person_LastName" TEXT NOT NULL,
    "Person_Municipality" TEXT NOT NULL,
    "Person_NationalRegisterNumber" TEXT NULL,
    "Person_Nationality" TEXT NOT NULL,
    "Person_PermanentlyUnable" INTEGER NOT NULL,
    "Person_Phone" TEXT NULL,
    "Residence_AppealLodgedOn" TEXT NULL,
    "Residence_AsylumAppliedOn" TEXT NULL,
    "Residence_ProtectionGrantedOn" TEXT NULL,
    "Residence_RefusalNotifiedOn" TEXT NULL,
    "Residence_RegisteredOn" TEXT NULL,
    "Residence_Status" TEXT NOT NULL,
    CONSTRAINT "FK_Newcomers_AspNetUsers_CaseWorkerId" FOREIGN KEY ("CaseWorkerId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Newcomers_Offices_OfficeId" FOREIGN KEY ("OfficeId") REFERENCES "Offices" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DossierEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DossierEvents" PRIMARY KEY,
    "NewcomerId" TEXT NOT NULL,
    "OccurredAtUtc" TEXT NOT NULL,
    "ActorId" TEXT NOT NULL,
    "ActorName" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Detail" TEXT NULL,
    CONSTRAINT "FK_DossierEvents_Newcomers_NewcomerId" FOREIGN KEY ("NewcomerId") REFERENCES "Newcomers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Trajectories" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Trajectories" PRIMARY KEY,
    "NewcomerId" TEXT NOT NULL,
    "Agency" TEXT NOT NULL,
    "OfficeId" TEXT NOT NULL,
    "CaseWorkerId" TEXT NOT NULL,
    "Gender" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "StartedOn" TEXT NOT NULL,
    "CompletedOn" TEXT NULL,
    "Obligation" TEXT NOT NULL,
    "Goal" TEXT NULL,
    "CertificateKind" TEXT NULL,
    "CertificateIssuedOn" TEXT NULL,
    "OralB1DueOn" TEXT NULL,
    "EffortMotivation" TEXT NULL,
    "FirstActionOn" TEXT NULL,
    "FirstActionCategory" TEXT NULL,
    "LastActionOn" TEXT NULL,
    "NextDueOn" TEXT NULL,
    "DaysToFirstAction" INTEGER NULL,
    "DaysToWork" INTEGER NULL,
    "DaysToCertificate" INTEGER NULL,
    "IntegrationOf" TEXT NULL,
    "Version" TEXT NOT NULL,
    "DutchLanguage_CompletedOn" TEXT NULL,
    "DutchLanguage_LevelReached" TEXT NOT NULL,
    "DutchLanguage_OralExam" INTEGER NOT NULL,
    "DutchLanguage_Profile" TEXT NOT NULL,
    "DutchLanguage_StartedOn" TEXT NULL,
    "DutchLanguage_Status" TEXT NOT NULL,
    "DutchLanguage_TargetLevel" TEXT NOT NULL,
    "Intake_Availability" INTEGER NOT NULL,
    "Intake_Barriers" INTEGER NOT NULL,
    "Intake_CompletedOn" TEXT NOT NULL,
    "Intake_DiplomaRecognition" TEXT NOT NULL,
    "Intake_DutchLevel" TEXT NOT NULL,
    "Intake_EducationLevel" TEXT NOT NULL,
    "Intake_Goals" INTEGER NOT NULL,
    "Intake_Literacy" TEXT NOT NULL,
    "Intake_NeedsChildcare" INTEGER NOT NULL,
    "Intake_Notes" TEXT NULL,
    "Intake_Perspective" TEXT NOT NULL,
    "Intake_Studying" INTEGER NOT NULL,
    "Intake_WorkExperience" TEXT NULL,
    "Intake_Working" INTEGER NOT NULL,
    "Participation_CompletedOn" TEXT NULL,
    "Participation_Hours" TEXT NOT NULL,
    "Participation_Mandatory" INTEGER NOT NULL,
    "Participation_StartedOn" TEXT NULL,
    "Participation_Status" TEXT NOT NULL,
    "SocialOrientation_CompletedOn" TEXT NULL,
    "SocialOrientation_CourseLanguage" TEXT NULL,
    "SocialOrientation_StartedOn" TEXT NULL,
    "SocialOrientation_Status" TEXT NOT NULL,
    "Work_CompletedOn" TEXT NULL,
    "Work_Route" TEXT NOT NULL,
    "Work_StartedOn" TEXT NULL,
    "Work_Status" TEXT NOT NULL,
    "Work_VdabDueOn" TEXT NULL,
    "Work_VdabRegisteredOn" TEXT NULL,
    "Work_VdabRequired" INTEGER NOT NULL,
    "Work_WorkStartedOn" TEXT NULL,
    CONSTRAINT "FK_Trajectories_Newcomers_NewcomerId" FOREIGN KEY ("NewcomerId") REFERENCES "Newcomers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DutchExamResults" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DutchExamResults" PRIMARY KEY,
    "Date" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "Mode" TEXT NOT NULL,
    "Passed" INTEGER NOT NULL,
    "TrajectoryId" TEXT NOT NULL,
    CONSTRAINT "FK_DutchExamResults_Trajectories_TrajectoryId" FOREIGN KEY ("TrajectoryId") REFERENCES "Trajectories" ("Id") ON DELETE CASCADE
);

CREATE TABLE "FollowUpActions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_FollowUpActions" PRIMARY KEY,
    "Track" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Partner" TEXT NULL,
    "Date" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CompletedOn" TEXT NULL,
    "Outcome" TEXT NULL,
    "Note" TEXT NULL,
    "Hours" TEXT NULL,
    "ProofSigned" INTEGER NOT NULL,
    "TrajectoryId" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_FollowUpActions_Trajectories_TrajectoryId" FOREIGN KEY ("TrajectoryId") REFERENCES "Trajectories" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SocialOrientationTestResults" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SocialOrientationTestResults" PRIMARY KEY,
    "Date" TEXT NOT NULL,
    "PracticalScore" INTEGER NOT NULL,
    "ValuesScore" INTEGER NOT NULL,
    "Passed" INTEGER NOT NULL,
    "TrajectoryId" TEXT NOT NULL,
    CONSTRAINT "FK_SocialOrientationTestResults_Trajectories_TrajectoryId" FOREIGN KEY ("TrajectoryId") REFERENCES "Trajectories" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "IX_AspNetUsers_NewcomerId" ON "AspNetUsers" ("NewcomerId");

CREATE INDEX "IX_AspNetUsers_OfficeId" ON "AspNetUsers" ("OfficeId");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_DossierEvents_NewcomerId_OccurredAtUtc" ON "DossierEvents" ("NewcomerId", "OccurredAtUtc");

CREATE INDEX "IX_DutchExamResults_TrajectoryId" ON "DutchExamResults" ("TrajectoryId");

CREATE INDEX "IX_FollowUpActions_Status_DueOn" ON "FollowUpActions" ("Status", "DueOn");

CREATE INDEX "IX_FollowUpActions_TrajectoryId_Date" ON "FollowUpActions" ("TrajectoryId", "Date");

CREATE INDEX "IX_Newcomers_Agency_CaseWorkerId" ON "Newcomers" ("Agency", "CaseWorkerId");

CREATE INDEX "IX_Newcomers_CaseWorkerId" ON "Newcomers" ("CaseWorkerId");

CREATE UNIQUE INDEX "IX_Newcomers_Number" ON "Newcomers" ("Number");

CREATE INDEX "IX_Newcomers_OfficeId" ON "Newcomers" ("OfficeId");

CREATE UNIQUE INDEX "IX_Offices_Name" ON "Offices" ("Name");

CREATE INDEX "IX_SocialOrientationTestResults_TrajectoryId" ON "SocialOrientationTestResults" ("TrajectoryId");

CREATE INDEX "IX_Trajectories_NewcomerId_Kind" ON "Trajectories" ("NewcomerId", "Kind");

CREATE UNIQUE INDEX "IX_Trajectories_IntegrationOf" ON "Trajectories" ("IntegrationOf");

CREATE INDEX "IX_Trajectories_Kind_StartedOn" ON "Trajectories" ("Kind", "StartedOn");

CREATE INDEX "IX_Trajectories_Agency_Kind_CaseWorkerId" ON "Trajectories" ("Agency", "Kind", "CaseWorkerId");

CREATE INDEX "IX_Trajectories_Kind_Agency_OfficeId_Status_StartedOn" ON "Trajectories" ("Kind", "Agency", "OfficeId", "Status", "StartedOn");

CREATE INDEX "IX_Trajectories_Kind_Agency_FirstActionCategory" ON "Trajectories" ("Kind", "Agency", "FirstActionCategory");

CREATE INDEX "IX_Trajectories_Kind_Agency_DaysToFirstAction" ON "Trajectories" ("Kind", "Agency", "DaysToFirstAction");

CREATE INDEX "IX_Trajectories_Kind_Agency_DaysToWork" ON "Trajectories" ("Kind", "Agency", "DaysToWork");

CREATE INDEX "IX_Trajectories_Kind_Agency_DaysToCertificate" ON "Trajectories" ("Kind", "Agency", "DaysToCertificate");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123120000_InitialSchema', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Offices" ADD "Address" TEXT NULL;

ALTER TABLE "Offices" ADD "Phone" TEXT NULL;

ALTER TABLE "Offices" ADD "Email" TEXT NULL;

CREATE TABLE "Invitations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Invitations" PRIMARY KEY,
    "NewcomerId" TEXT NOT NULL,
    "CodeHash" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "ExpiresAtUtc" TEXT NOT NULL,
    "UsedAtUtc" TEXT NULL,
    "RevokedAtUtc" TEXT NULL,
    "CreatedById" TEXT NOT NULL,
    CONSTRAINT "FK_Invitations_Newcomers_NewcomerId" FOREIGN KEY ("NewcomerId") REFERENCES "Newcomers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DataProtectionKeys" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_Invitations_CodeHash" ON "Invitations" ("CodeHash");

CREATE INDEX "IX_Invitations_NewcomerId" ON "Invitations" ("NewcomerId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123140000_NewcomerAccessAndKeys', '10.0.15');

COMMIT;

