using Inburgering.Data;
using Inburgering.Data.Identity;
using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.DemoData;

/// <summary>
/// A deterministic, realistic demo dataset (same seed, same people), created through the domain so
/// every invariant holds: four agencies, twelve case workers, two coordinators and 320 newcomers whose
/// trajectories were simulated over the last 18 months.
/// </summary>
public sealed partial class DemoDataSeeder(AppDbContext db, UserManager<AppUser> userManager, RoleManager<IdentityRole> roleManager, TimeProvider time)
{
    public const string Password = "Demo-2026!";
    public const string CaseWorkerEmail = "begeleider@inburgering.test";
    public const string CoordinatorEmail = "coordinator@inburgering.test";
    public const string NewcomerEmail = "nieuwkomer@inburgering.test";
    public const string AdminEmail = "admin@inburgering.test";
    public const int NewcomerCount = 320;

    private const int Seed = 2026;

    private sealed record StaffMember(string Email, string Name, string Role, string Office, int Caseload);

    private static readonly (Guid Id, Agency Agency, string Name, string Region)[] OfficeDefinitions =
    [
        (new Guid("0a7c1e5e-0000-4000-8000-000000000001"), Agency.Atlas, "Atlas Antwerpen Centrum", "Antwerpen"),
        (new Guid("0a7c1e5e-0000-4000-8000-000000000002"), Agency.Atlas, "Atlas Antwerpen Noord", "Antwerpen"),
        (new Guid("0a7c1e5e-0000-4000-8000-000000000003"), Agency.AgII, "AgII Brugge", "West-Vlaanderen"),
        (new Guid("0a7c1e5e-0000-4000-8000-000000000004"), Agency.AgII, "AgII Hasselt", "Limburg"),
        (new Guid("0a7c1e5e-0000-4000-8000-000000000005"), Agency.AgII, "AgII Leuven", "Vlaams-Brabant"),
        (new Guid("0a7c1e5e-0000-4000-8000-000000000006"), Agency.AgII, "AgII Turnhout", "Antwerpen"),
        (new Guid("0a7c1e5e-0000-4000-8000-000000000007"), Agency.AgII, "AgII Sint-Niklaas", "Oost-Vlaanderen"),
        (new Guid("0a7c1e5e-0000-4000-8000-000000000008"), Agency.Amal, "In-Gent", "Gent"),
        (new Guid("0a7c1e5e-0000-4000-8000-000000000009"), Agency.Bon, "Bon Brussel", "Brussel"),
    ];

    private static readonly Dictionary<string, string[]> Municipalities = new()
    {
        ["Atlas Antwerpen Centrum"] = ["Antwerpen"],
        ["Atlas Antwerpen Noord"] = ["Antwerpen"],
        ["AgII Brugge"] = ["Brugge", "Oostende", "Kortrijk", "Roeselare"],
        ["AgII Hasselt"] = ["Hasselt", "Genk", "Beringen"],
        ["AgII Leuven"] = ["Leuven", "Tienen", "Vilvoorde"],
        ["AgII Turnhout"] = ["Turnhout", "Geel", "Mol"],
        ["AgII Sint-Niklaas"] = ["Sint-Niklaas", "Lokeren", "Aalst"],
        ["In-Gent"] = ["Gent"],
        ["Bon Brussel"] = ["Brussel", "Schaarbeek", "Anderlecht", "Sint-Jans-Molenbeek"],
    };

    private static readonly Dictionary<string, string> OfficeStreets = new()
    {
        ["Atlas Antwerpen Centrum"] = "Carnotstraat 110, 2060 Antwerpen",
        ["Atlas Antwerpen Noord"] = "Carnotstraat 110, 2060 Antwerpen",
        ["AgII Brugge"] = "Sint-Jorisstraat 20, 8000 Brugge",
        ["AgII Hasselt"] = "Kuringersteenweg 15, 3500 Hasselt",
        ["AgII Leuven"] = "Vuurkruisenlaan 2, 3000 Leuven",
        ["AgII Turnhout"] = "Grote Markt 44, 2300 Turnhout",
        ["AgII Sint-Niklaas"] = "Stationsstraat 8, 9100 Sint-Niklaas",
        ["In-Gent"] = "Kongostraat 42, 9000 Gent",
        ["Bon Brussel"] = "Handelskaai 48, 1000 Brussel",
    };

    private static readonly StaffMember[] Staff =
    [
        new(CaseWorkerEmail, "Sarah Peeters", Roles.CaseWorker, "Atlas Antwerpen Centrum", 32),
        new("tom.maes@inburgering.test", "Tom Maes", Roles.CaseWorker, "Atlas Antwerpen Centrum", 27),
        new("nadia.elamrani@inburgering.test", "Nadia El Amrani", Roles.CaseWorker, "Atlas Antwerpen Noord", 26),
        new("pieter.claes@inburgering.test", "Pieter Claes", Roles.CaseWorker, "Atlas Antwerpen Noord", 24),
        new("an.willems@inburgering.test", "An Willems", Roles.CaseWorker, "AgII Brugge", 26),
        new("jonas.goossens@inburgering.test", "Jonas Goossens", Roles.CaseWorker, "AgII Hasselt", 25),
        new("fatma.yilmaz@inburgering.test", "Fatma Yilmaz", Roles.CaseWorker, "AgII Leuven", 26),
        new("bram.desmet@inburgering.test", "Bram De Smet", Roles.CaseWorker, "AgII Turnhout", 24),
        new("elke.mertens@inburgering.test", "Elke Mertens", Roles.CaseWorker, "AgII Sint-Niklaas", 25),
        new("wim.jacobs@inburgering.test", "Wim Jacobs", Roles.CaseWorker, "In-Gent", 28),
        new("hanne.vermeulen@inburgering.test", "Hanne Vermeulen", Roles.CaseWorker, "In-Gent", 27),
        new("sofie.dubois@inburgering.test", "Sofie Dubois", Roles.CaseWorker, "Bon Brussel", 30),
        new(CoordinatorEmail, "Koen Janssens", Roles.Coordinator, "Atlas Antwerpen Centrum", 0),
        new("hilde.vos@inburgering.test", "Hilde Vos", Roles.Coordinator, "AgII Leuven", 0),
        new(AdminEmail, "Beheerder Inburgering", Roles.Admin, "", 0),
    ];

    private static readonly string[] WorkExperiences =
        ["Kapper, 5 jaar", "Verpleegkundige", "Bouwvakker", "Lerares lager onderwijs", "Vrachtwagenchauffeur", "Boekhouder", "Landbouw", "Kok in een restaurant", "Naaister", "IT-ondersteuning", "Geen betaald werk"];

    private static readonly string[] FollowUpGoals =
        ["Duurzaam werk als zorgkundige", "Opleiding elektricien afronden", "Diploma laten erkennen en als ingenieur werken", "Nederlands B1 halen voor hoger onderwijs", "Eigen kapperszaak starten", "Vast contract in de logistiek"];

    private DateOnly _today;
    private Random _random = null!;

    /// <summary>Volume mode (generated data for measuring) leaves the dossier history out: it is never reported on.</summary>
    private bool _withHistory = true;

    /// <summary>Creates the dataset on an empty database; returns false when there is data already.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return false;
        }

        _today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        _random = new Random(Seed);

        foreach (var role in Roles.All)
        {
            await roleManager.CreateAsync(new IdentityRole(role));
        }

        var offices = OfficeDefinitions.Select((o, i) =>
        {
            var office = new Office(o.Id, o.Agency, o.Name, o.Region);
            office.SetContact(OfficeStreets[o.Name], $"03 2{i:00} 40 {10 + i}", $"{o.Name.ToLowerInvariant().Replace(' ', '-')}@inburgering.test");
            return office;
        }).ToList();
        db.Offices.AddRange(offices);
        await db.SaveChangesAsync(cancellationToken);

        var caseWorkers = new List<(AppUser User, Office Office, int Caseload)>();
        foreach (var member in Staff)
        {
            var office = offices.FirstOrDefault(o => o.Name == member.Office);
            var user = await CreateUserAsync(member.Email, member.Name, member.Role, office?.Id, null);
            if (member.Role == Roles.CaseWorker)
            {
                caseWorkers.Add((user, office!, member.Caseload));
            }
        }

        var demoNewcomer = AddDemoNewcomer(caseWorkers[0].User, caseWorkers[0].Office);
        var created = 1;
        foreach (var (user, office, caseload) in caseWorkers)
        {
            for (var i = user == caseWorkers[0].User ? 1 : 0; i < caseload && created < NewcomerCount; i++, created++)
            {
                AddSimulatedNewcomer(user, office);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await CreateUserAsync(NewcomerEmail, demoNewcomer.Person.FullName, Roles.Newcomer, null, demoNewcomer.Id);
        await SeedNetworkAsync(cancellationToken);
        await SeedOpenTransferAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// One of Tom Maes's newcomers moved to Leuven: a transfer to AgII waits for its coordinator (Hilde Vos) to answer,
    /// so the banner, the pending list and the decision can be seen in the demo (ADR 0007).
    /// </summary>
    private async Task SeedOpenTransferAsync(CancellationToken cancellationToken)
    {
        var tom = await db.Users.Where(u => u.Email == "tom.maes@inburgering.test").Select(u => u.Id).SingleAsync(cancellationToken);
        var newcomer = await db.Newcomers
            .Where(n => n.CaseWorkerId == tom && n.AnonymisedOn == null && n.RegisteredOn < _today.AddDays(-30)
                && db.Trajectories.Any(t => t.NewcomerId == n.Id && t.Status == TrajectoryStatus.Running))
            .OrderBy(n => n.Number)
            .FirstAsync(cancellationToken);
        db.AgencyTransfers.Add(AgencyTransfer.Request(newcomer, "Leuven", _today.AddDays(-12), "Verhuisd naar Leuven, woont bij familie; ingeschreven in Leuven sinds vorige week.", tom, [], _today));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Adds <paramref name="count"/> simulated newcomers (about ten actions each) to the demo dataset, for measuring
    /// speed at scale: one extra case worker per 250 newcomers, spread over every office.
    /// </summary>
    public async Task GenerateAsync(int count, Action<string> report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        await SeedAsync(cancellationToken);
        _today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        _random = new Random(Seed + count);
        _withHistory = false;

        var offices = await db.Offices.OrderBy(o => o.Name).ToListAsync(cancellationToken);
        var caseWorkerRole = await db.Roles.Where(r => r.Name == Roles.CaseWorker).Select(r => r.Id).SingleAsync(cancellationToken);
        var caseWorkers = new List<(AppUser User, Office Office)>();
        var hash = userManager.PasswordHasher.HashPassword(new AppUser(), Password);
        var existing = await db.Users.CountAsync(cancellationToken);
        for (var i = 0; i < Math.Max(1, count / 250); i++)
        {
            var office = offices[i % offices.Count];
            var email = $"begeleider{existing + i}@volume.test";
            var user = new AppUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                DisplayName = $"Begeleider {existing + i}",
                OfficeId = office.Id,
                PasswordHash = hash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                LockoutEnabled = true,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = caseWorkerRole });
            caseWorkers.Add((user, office));
        }

        GenerateOffers(count);
        await db.SaveChangesAsync(cancellationToken);

        // The demo organisations take their share too, so the partner and local-government demo accounts see the volume.
        var offers = await db.Offers.AsNoTracking().Where(o => !o.Withdrawn).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var offersByMunicipality = offers.ToLookup(o => o.Municipality);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        const int batch = 2000;
        for (var done = 0; done < count; done += batch)
        {
            for (var i = done; i < Math.Min(count, done + batch); i++)
            {
                var (user, office) = caseWorkers[i % caseWorkers.Count];
                AddSimulatedNewcomer(user, office);
            }

            GenerateReferrals([.. db.ChangeTracker.Entries<Newcomer>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)], offersByMunicipality, offers);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            report($"{Math.Min(count, done + batch)} of {count} newcomers");
        }

        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }

    private async Task<AppUser> CreateUserAsync(string email, string name, string role, Guid? officeId, NewcomerId? newcomerId)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, OfficeId = officeId, NewcomerId = newcomerId };
        var result = await userManager.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        await userManager.AddToRoleAsync(user, role);
        return user;
    }

    /// <summary>The newcomer of the demo account: obligated, all four tracks started and under way.</summary>
    private Newcomer AddDemoNewcomer(AppUser caseWorker, Office office)
    {
        var registeredOn = _today.AddDays(-200);
        var person = new PersonalData
        {
            FirstName = "Amina",
            LastName = "Haddad",
            BirthDate = new DateOnly(1994, 5, 12),
            Gender = Gender.Female,
            Nationality = "SY",
            Languages = "Arabisch, Engels",
            Phone = "0470 12 34 56",
            Email = NewcomerEmail,
            Municipality = "Antwerpen",
            NationalRegisterNumber = NationalRegisterNumber.For(new DateOnly(1994, 5, 12), 264),
        };
        var residence = new Residence(ResidenceStatus.RecognisedRefugee, registeredOn, registeredOn.AddMonths(-10), protectionGrantedOn: registeredOn.AddDays(-20));
        var newcomer = Newcomer.Register(NewcomerId.New(), DossierNumber.Create(_random), person, residence, office, caseWorker.Id, registeredOn);
        Flush(newcomer, registeredOn, caseWorker);

        var intakeOn = registeredOn.AddDays(14);
        var intake = new Intake
        {
            CompletedOn = intakeOn,
            Goals = Goals.Dutch | Goals.Work,
            Perspective = Perspective.Professional,
            Barriers = Barriers.Dutch | Barriers.TimeChildren | Barriers.Childcare,
            EducationLevel = EducationLevel.Secondary,
            Literacy = Literacy.LiterateInOtherScript,
            WorkExperience = "Kapper, 5 jaar",
            DiplomaRecognition = DiplomaRecognition.NoForeignDiploma,
            DutchLevel = CefrLevel.None,
            Availability = Availability.Daytime,
            NeedsChildcare = true,
        };
        var plan = new TrackPlan
        {
            StartSocialOrientation = true,
            CourseLanguage = "Arabisch",
            StartDutchLanguage = true,
            LearnerProfile = LearnerProfile.Standard,
            StartWork = true,
            VdabRequired = true,
            WorkRoute = WorkRoute.JobSearch,
            StartParticipation = true,
        };
        SendLetterAndSign(newcomer, registeredOn, intakeOn);
        var trajectory = Trajectory.StartIntegration(newcomer.Participant, intake, plan, newcomer.Obligation(intakeOn), newcomer.WorkPermission(intakeOn), intakeOn);
        Flush(trajectory, intakeOn, caseWorker);

        Log(trajectory, caseWorker, TrackKind.DutchLanguage, ActionType.Referral, intakeOn.AddDays(3), true, Partner.HuisVanHetNederlands);
        Log(trajectory, caseWorker, TrackKind.DutchLanguage, ActionType.CourseEnrolment, intakeOn.AddDays(20), true);
        Log(trajectory, caseWorker, TrackKind.SocialOrientation, ActionType.CourseEnrolment, intakeOn.AddDays(10), true);
        Log(trajectory, caseWorker, TrackKind.Work, ActionType.Registration, intakeOn.AddDays(35), true);
        Log(trajectory, caseWorker, TrackKind.Participation, ActionType.Referral, intakeOn.AddDays(40), true, Partner.ParticipationNetwork);
        for (var i = 0; i < 4; i++)
        {
            // Three signed in the portal; the last one is still hers to sign in Mijn traject.
            Log(trajectory, caseWorker, TrackKind.Participation, ActionType.ParticipationActivity, intakeOn.AddDays(60 + (i * 21)), true, hours: 4.5m, signedBy: i < 3 ? person.FullName : null);
        }

        trajectory.RecordSocialOrientationTest(intakeOn.AddDays(95), 14, 8, _today);
        Flush(trajectory, intakeOn.AddDays(95), caseWorker);
        trajectory.RecordDutchExam(intakeOn.AddDays(150), CefrLevel.A1, ExamMode.Written, true, _today);
        Flush(trajectory, intakeOn.AddDays(150), caseWorker);
        Log(trajectory, caseWorker, TrackKind.Work, ActionType.JobApplication, _today.AddDays(-12), true);
        Log(trajectory, caseWorker, TrackKind.SocialOrientation, ActionType.Exam, _today.AddDays(9), false);
        Log(trajectory, caseWorker, TrackKind.Participation, ActionType.ParticipationActivity, _today.AddDays(-5), false, hours: 3m);
        Log(trajectory, caseWorker, TrackKind.DutchLanguage, ActionType.Conversation, _today.AddDays(16), false);

        db.Newcomers.Add(newcomer);
        db.Trajectories.Add(trajectory);
        return newcomer;
    }

    private void AddSimulatedNewcomer(AppUser caseWorker, Office office)
    {
        var profile = DemoPeople.PickProfile(_random);
        var origin = _random.Pick(profile.Origins);
        var female = _random.Chance(profile.FemaleShare);
        var registeredOn = _today.AddDays(-_random.Next(10, 548));
        var birthDate = BirthDate(registeredOn);
        var firstName = _random.Pick(female ? origin.FemaleNames : origin.MaleNames);
        var lastName = _random.Pick(origin.LastNames);
        var person = new PersonalData
        {
            FirstName = firstName,
            LastName = lastName,
            BirthDate = birthDate,
            Gender = female ? Gender.Female : (_random.Chance(0.01) ? Gender.X : Gender.Male),
            Nationality = origin.Country,
            Languages = origin.Languages,
            Phone = $"04{_random.Next(70, 100)} {_random.Next(10, 100)} {_random.Next(10, 100)} {_random.Next(10, 100)}",
            Email = _random.Chance(0.6) ? $"{Ascii(firstName)}.{Ascii(lastName)}{_random.Next(1, 99)}@mail.test" : null,
            Municipality = _random.Pick(Municipalities[office.Name]),
            NationalRegisterNumber = profile.Status is ResidenceStatus.AsylumApplicant or ResidenceStatus.ShortStay ? null : NationalRegisterNumber.For(birthDate, _random.Next(1, 998)),
            PermanentlyUnable = _random.Chance(0.01),
        };

        var newcomer = Newcomer.Register(NewcomerId.New(), DossierNumber.Create(_random), person, Residence(profile.Status, registeredOn), office, caseWorker.Id, registeredOn);
        Flush(newcomer, registeredOn, caseWorker);
        db.Newcomers.Add(newcomer);

        var intakeOn = registeredOn.AddDays(_random.Next(7, 60));
        if (intakeOn > _today.AddDays(-3) || newcomer.Obligation(intakeOn).Class == ObligationClass.NotInTargetGroup)
        {
            return;
        }

        var trajectory = SimulateIntegration(newcomer, intakeOn, caseWorker);
        db.Trajectories.Add(trajectory);
        if (trajectory.CertificateIssuedOn is { } issuedOn && issuedOn.AddDays(30) < _today && _random.Chance(0.4))
        {
            db.Trajectories.Add(SimulateFollowUp(trajectory, issuedOn.AddDays(_random.Next(20, 60)), caseWorker));
        }
    }

    private Residence Residence(ResidenceStatus status, DateOnly registeredOn)
    {
        if (status != ResidenceStatus.AsylumApplicant)
        {
            var protectedStatus = status is ResidenceStatus.RecognisedRefugee or ResidenceStatus.SubsidiaryProtection;
            var appliedOn = protectedStatus ? registeredOn.AddDays(-_random.Next(120, 500)) : (DateOnly?)null;
            return new Residence(status, registeredOn, appliedOn, protectionGrantedOn: protectedStatus ? registeredOn.AddDays(-_random.Next(1, 30)) : null);
        }

        // Asylum applicants at different stages: waiting, allowed to work, refused early or late (with appeal).
        var applied = registeredOn.AddDays(-_random.Next(0, 240));
        var stage = _random.Next(4);
        var refusal = stage switch
        {
            2 => applied.AddDays(_random.Next(30, 100)),
            3 => applied.AddDays(_random.Next(130, 200)),
            _ => (DateOnly?)null,
        };
        // The dossier holds what was known when it was opened.
        if (refusal > registeredOn)
        {
            refusal = null;
        }

        var appeal = stage == 3 && refusal is { } r && r.AddDays(20) <= registeredOn ? r.AddDays(_random.Next(5, 20)) : (DateOnly?)null;
        return new Residence(ResidenceStatus.AsylumApplicant, null, applied, refusal, appeal);
    }

    private DateOnly BirthDate(DateOnly registeredOn)
    {
        var age = _random.NextDouble() switch
        {
            < 0.04 => 16 + _random.Next(2),
            < 0.06 => 65 + _random.Next(8),
            < 0.30 => 18 + _random.Next(8),
            < 0.75 => 26 + _random.Next(14),
            _ => 40 + _random.Next(24),
        };
        return registeredOn.AddYears(-age).AddDays(-_random.Next(0, 360));
    }

    private Trajectory SimulateIntegration(Newcomer newcomer, DateOnly intakeOn, AppUser caseWorker)
    {
        var female = newcomer.Person.Gender == Gender.Female;
        var freeMovement = Nationality.HasFreeMovement(newcomer.Person.Nationality);
        var education = _random.NextDouble() switch
        {
            < 0.08 => EducationLevel.None,
            < 0.30 => EducationLevel.Primary,
            < 0.70 => EducationLevel.Secondary,
            _ => EducationLevel.Higher,
        };
        var learnsToRead = education <= EducationLevel.Primary && _random.Chance(0.35);
        var otherScript = newcomer.Person.Nationality is "SY" or "AF" or "ER" or "IQ" or "PS" or "UA" or "MA";
        var intake = new Intake
        {
            CompletedOn = intakeOn,
            Goals = Goals.Dutch | (_random.Chance(0.75) ? Goals.Work : Goals.None) | (_random.Chance(0.35) ? Goals.Training : Goals.None),
            Perspective = _random.Chance(0.83) ? Perspective.Professional : Perspective.Educational,
            Barriers = Barriers.None
                | (_random.Chance(0.6) ? Barriers.Dutch : Barriers.None)
                | (_random.Chance(0.2) ? Barriers.TimeWork : Barriers.None)
                | (_random.Chance(female ? 0.45 : 0.15) ? Barriers.TimeChildren : Barriers.None)
                | (_random.Chance(0.12) ? Barriers.Health : Barriers.None)
                | (_random.Chance(0.18) ? Barriers.Housing : Barriers.None)
                | (_random.Chance(0.15) ? Barriers.Mobility : Barriers.None)
                | (_random.Chance(female ? 0.25 : 0.05) ? Barriers.Childcare : Barriers.None)
                | (_random.Chance(0.08) ? Barriers.Legal : Barriers.None)
                | (_random.Chance(0.1) ? Barriers.Welfare : Barriers.None),
            EducationLevel = education,
            Literacy = learnsToRead ? Literacy.LearningToReadAndWrite : otherScript && _random.Chance(0.5) ? Literacy.LiterateInOtherScript : Literacy.Literate,
            WorkExperience = _random.Pick(WorkExperiences),
            Working = _random.Chance(0.25),
            Studying = _random.Chance(0.05),
            DiplomaRecognition = education == EducationLevel.Higher && !freeMovement
                ? _random.Pick([DiplomaRecognition.NotRequested, DiplomaRecognition.Requested, DiplomaRecognition.Recognised])
                : DiplomaRecognition.NoForeignDiploma,
            DutchLevel = _random.Chance(freeMovement ? 0.3 : 0.15) ? CefrLevel.A1 : CefrLevel.None,
            Availability = Availability.Daytime | (_random.Chance(0.3) ? Availability.Evening : Availability.None) | (_random.Chance(0.15) ? Availability.Weekend : Availability.None),
            NeedsChildcare = female && _random.Chance(0.3),
            Notes = _random.Chance(0.2) ? "Wil graag snel aan het werk; avondcursus NT2 bekijken." : null,
        };

        SendLetterAndSign(newcomer, newcomer.RegisteredOn, intakeOn);
        var obligation = newcomer.Obligation(intakeOn);
        var work = newcomer.WorkPermission(intakeOn);
        var suggested = TrackPlan.Suggest(intake, obligation.Class, work, newcomer.AgeOn(intakeOn));
        var plan = suggested with
        {
            StartSocialOrientation = _random.Chance(0.9),
            StartParticipation = suggested.StartParticipation || _random.Chance(0.2),
            StartWork = suggested.StartWork && _random.Chance(0.85),
            CourseLanguage = newcomer.Person.Languages?.Split(',')[0],
        };
        var trajectory = Trajectory.StartIntegration(newcomer.Participant, intake, plan, obligation, work, intakeOn);
        Flush(trajectory, intakeOn, caseWorker);

        SimulateSocialOrientation(trajectory, intakeOn, caseWorker);
        SimulateDutch(trajectory, intakeOn, caseWorker);
        SimulateWork(trajectory, caseWorker, intake);
        SimulateParticipation(trajectory, intakeOn, caseWorker, newcomer.Person.FullName);
        SimulateOpenActions(trajectory, caseWorker);

        if (trajectory.Status == TrajectoryStatus.Running)
        {
            var issueOn = LatestFact(trajectory).AddDays(_random.Next(5, 30));
            if (issueOn <= _today && trajectory.CertificateProgress(issueOn).Complete && _random.Chance(0.85))
            {
                trajectory.IssueCertificate(issueOn, _today);
                Flush(trajectory, issueOn, caseWorker);
            }
            else if (issueOn <= _today && trajectory.DutchLanguage.Profile == LearnerProfile.LearningToReadAndWrite
                && trajectory.DutchExams.Count(e => !e.Passed) >= 2 && _random.Chance(0.7))
            {
                try
                {
                    trajectory.IssueStatementOfEffort("Alfa-leerder: twee examenpogingen A2 niet geslaagd ondanks volgehouden inzet en regelmatige aanwezigheid.", issueOn, _today);
                    Flush(trajectory, issueOn, caseWorker);
                }
                catch (Domain.Common.DomainException)
                {
                    trajectory.ClearChanges();
                }
            }
        }

        return trajectory;
    }

    private void SimulateSocialOrientation(Trajectory trajectory, DateOnly intakeOn, AppUser caseWorker)
    {
        var track = trajectory.SocialOrientation;
        if (track.Status == TrackStatus.NotStarted && _random.Chance(0.5) && intakeOn.AddDays(45) < _today)
        {
            trajectory.StartTrack(TrackKind.SocialOrientation, intakeOn.AddDays(_random.Next(20, 45)));
            Flush(trajectory, track.StartedOn!.Value, caseWorker);
        }

        if (track.Status != TrackStatus.Running)
        {
            return;
        }

        var start = track.StartedOn!.Value;
        Log(trajectory, caseWorker, TrackKind.SocialOrientation, ActionType.CourseEnrolment, start.AddDays(_random.Next(1, 14)), true);
        var testOn = start.AddDays(_random.Next(60, 120));
        for (var attempt = 0; attempt < 3 && testOn <= _today && track.Status == TrackStatus.Running; attempt++)
        {
            var practical = Math.Clamp((int)Math.Round(Normal(21, 4)), 0, 30);
            var values = Math.Clamp((int)Math.Round(Normal(9, 1.6)), 0, 11);
            trajectory.RecordSocialOrientationTest(testOn, practical, values, _today);
            Flush(trajectory, testOn, caseWorker);
            testOn = testOn.AddDays(_random.Next(30, 60));
        }
    }

    private void SimulateDutch(Trajectory trajectory, DateOnly intakeOn, AppUser caseWorker)
    {
        var track = trajectory.DutchLanguage;
        if (track.Status != TrackStatus.Running)
        {
            return;
        }

        Log(trajectory, caseWorker, TrackKind.DutchLanguage, ActionType.Referral, intakeOn.AddDays(_random.Next(1, 10)), true, _random.Pick([Partner.HuisVanHetNederlands, Partner.Nt2School]));
        Log(trajectory, caseWorker, TrackKind.DutchLanguage, ActionType.CourseEnrolment, intakeOn.AddDays(_random.Next(10, 30)), true);
        var slow = track.Profile is LearnerProfile.LearningToReadAndWrite or LearnerProfile.Slow;
        var examOn = intakeOn.AddDays(_random.Next(110, 180) * (slow ? 2 : 1));
        var mode = track.OralExam ? ExamMode.Oral : ExamMode.Written;
        var passRate = track.Profile == LearnerProfile.LearningToReadAndWrite ? 0.35 : 0.78;
        for (var level = track.LevelReached + 1; level <= track.TargetLevel && examOn <= _today;)
        {
            var passed = _random.Chance(passRate);
            trajectory.RecordDutchExam(examOn, level, mode, passed, _today);
            Flush(trajectory, examOn, caseWorker);
            examOn = examOn.AddDays(passed ? _random.Next(90, 160) * (slow ? 2 : 1) : _random.Next(40, 80));
            if (passed)
            {
                level++;
            }
        }
    }

    private void SimulateWork(Trajectory trajectory, AppUser caseWorker, Intake intake)
    {
        var track = trajectory.Work;
        if (track.Status != TrackStatus.Running)
        {
            return;
        }

        var start = track.StartedOn!.Value;
        if (track.VdabRequired)
        {
            var registerOn = start.AddDays(_random.Next(5, 80));
            if (registerOn <= _today && _random.Chance(0.9))
            {
                Log(trajectory, caseWorker, TrackKind.Work, ActionType.Referral, start.AddDays(2), true, Partner.Vdab);
                Log(trajectory, caseWorker, TrackKind.Work, ActionType.Registration, registerOn, true);
            }
            else
            {
                Log(trajectory, caseWorker, TrackKind.Work, ActionType.Registration, start.AddDays(7), false, due: track.VdabDueOn);
            }
        }

        if (intake.DiplomaRecognition == DiplomaRecognition.Requested && start.AddDays(30) <= _today)
        {
            Log(trajectory, caseWorker, TrackKind.Work, ActionType.DiplomaRecognition, start.AddDays(30), true);
        }

        var cursor = start.AddDays(_random.Next(30, 90));
        while (cursor <= _today && _random.Chance(0.7))
        {
            var type = _random.NextDouble() switch
            {
                < 0.5 => ActionType.JobApplication,
                < 0.65 => ActionType.VocationalTraining,
                < 0.8 => ActionType.Conversation,
                _ => ActionType.WorkStarted,
            };
            Log(trajectory, caseWorker, TrackKind.Work, type, cursor, true);
            if (type == ActionType.WorkStarted)
            {
                break;
            }

            cursor = cursor.AddDays(_random.Next(20, 70));
        }
    }

    private void SimulateParticipation(Trajectory trajectory, DateOnly intakeOn, AppUser caseWorker, string newcomerName)
    {
        var track = trajectory.Participation;
        if (track.Status != TrackStatus.Running)
        {
            return;
        }

        Log(trajectory, caseWorker, TrackKind.Participation, ActionType.Referral, intakeOn.AddDays(_random.Next(10, 40)), true, Partner.ParticipationNetwork);
        var cursor = intakeOn.AddDays(_random.Next(40, 80));
        while (cursor <= _today && track.Status == TrackStatus.Running)
        {
            var hours = _random.Next(4, 17) / 2m;
            Log(trajectory, caseWorker, TrackKind.Participation, ActionType.ParticipationActivity, cursor, true, hours: hours, signedBy: _random.Chance(0.92) ? newcomerName : null);
            cursor = cursor.AddDays(_random.Next(10, 35));
        }
    }

    /// <summary>Planned work: a few actions due soon, some already overdue.</summary>
    private void SimulateOpenActions(Trajectory trajectory, AppUser caseWorker)
    {
        var running = Enum.GetValues<TrackKind>().Where(k => trajectory.TrackOf(k).Status == TrackStatus.Running).ToList();
        if (running.Count == 0)
        {
            return;
        }

        for (var i = _random.Next(0, 3); i > 0; i--)
        {
            var due = _today.AddDays(_random.Next(-25, 40));
            var date = due.AddDays(-_random.Next(0, 10));
            if (date < trajectory.StartedOn)
            {
                continue;
            }

            var track = _random.Pick(running);
            var type = track switch
            {
                TrackKind.Participation => ActionType.Conversation,
                TrackKind.SocialOrientation => ActionType.Exam,
                TrackKind.DutchLanguage => _random.Pick([ActionType.Conversation, ActionType.Exam]),
                _ => _random.Pick([ActionType.Conversation, ActionType.JobApplication]),
            };
            Log(trajectory, caseWorker, track, type, date, false, due: due);
        }
    }

    private Trajectory SimulateFollowUp(Trajectory integration, DateOnly openedOn, AppUser caseWorker)
    {
        var perspective = _random.Chance(0.83) ? Perspective.Professional : Perspective.Educational;
        var followUp = integration.OpenFollowUp(perspective, _random.Pick(FollowUpGoals), openedOn);
        Flush(followUp, openedOn, caseWorker);

        // First actions in the proportions the 2024 pilot reported.
        var (track, type) = _random.Next(100) switch
        {
            < 27 => (TrackKind.DutchLanguage, ActionType.CourseEnrolment),
            < 50 => (TrackKind.Work, ActionType.VocationalTraining),
            < 70 => (TrackKind.Work, ActionType.JobApplication),
            < 82 => (TrackKind.Work, ActionType.HigherEducation),
            < 91 => (TrackKind.Work, ActionType.DiplomaRecognition),
            _ => (TrackKind.Participation, ActionType.Other),
        };
        followUp.StartTrack(track, openedOn);
        Flush(followUp, openedOn, caseWorker);
        var firstOn = openedOn.AddDays(_random.Next(3, 30));
        Log(followUp, caseWorker, track, type, firstOn <= _today ? firstOn : openedOn, firstOn <= _today);
        return followUp;
    }

    private void Log(Trajectory trajectory, AppUser caseWorker, TrackKind track, ActionType type, DateOnly date, bool done, Partner? partner = null, decimal? hours = null, DateOnly? due = null, string? signedBy = null)
    {
        if (done && date > _today)
        {
            return;
        }

        // A planned conversation is an appointment at the case worker's office; derived from the date, not drawn, so
        // the random sequence (and with it every other figure of the demo data) stays as it was.
        var office = OfficeDefinitions.Where(o => o.Id == caseWorker.OfficeId).Select(o => $"{o.Name}, {OfficeStreets[o.Name]}").FirstOrDefault();
        var appointment = !done && type == ActionType.Conversation && date > _today && office is not null
            ? (StartsAt: new TimeOnly(9 + (date.DayNumber % 7), date.DayNumber % 2 == 0 ? 0 : 30), Place: office)
            : ((TimeOnly StartsAt, string Place)?)null;
        var details = new ActionDetails
        {
            Track = track,
            Type = type,
            Partner = partner ?? (type == ActionType.Referral ? Partner.Other : null),
            Date = date,
            DueOn = due is { } d && d >= date ? d : done ? null : date.AddDays(_random.Next(0, 14)),
            Hours = hours,
            Note = type == ActionType.Conversation ? "Opvolggesprek: stand van zaken overlopen." : null,
            StartsAt = appointment?.StartsAt,
            Place = appointment?.Place,
        };
        var action = trajectory.LogAction(details, done, done ? Outcome(type) : null, _today);
        if (signedBy is not null && done)
        {
            // The newcomer signed these hours in the portal: only signed or organisation-confirmed hours count.
            trajectory.SignHours(action.Id, signedBy, date);
        }

        Flush(trajectory, date <= _today ? date : _today, caseWorker);
    }

    private static string? Outcome(ActionType type) => type switch
    {
        ActionType.Registration => "Ingeschreven als werkzoekende bij VDAB.",
        ActionType.JobApplication => "Sollicitatie verstuurd.",
        ActionType.WorkStarted => "Contract van bepaalde duur, 6 maanden.",
        ActionType.ParticipationActivity => "Bewijs ondertekend door de nieuwkomer.",
        _ => null,
    };

    private static DateOnly LatestFact(Trajectory trajectory) =>
        new[] { trajectory.LastActionOn, trajectory.SocialOrientation.CompletedOn, trajectory.DutchLanguage.CompletedOn, trajectory.StartedOn }
            .Max() ?? trajectory.StartedOn;

    /// <summary>Moves an aggregate's recorded changes into the history, dated when they happened.</summary>
    /// <summary>The agency writes to obligated newcomers a few days after registration; the intake is their report.</summary>
    private void SendLetterAndSign(Newcomer newcomer, DateOnly registeredOn, DateOnly intakeOn)
    {
        var letterOn = registeredOn.AddDays(5);
        if (letterOn <= intakeOn && newcomer.Obligation(letterOn).Class == ObligationClass.Obligated)
        {
            newcomer.RecordAgencyLetter(letterOn, _today);
        }

        newcomer.RecordContract(intakeOn);
    }

    private void Flush(IRecordsChanges aggregate, DateOnly on, AppUser actor)
    {
        var at = on.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc).AddMinutes(_random.Next(0, 480));
        foreach (var change in _withHistory ? aggregate.Changes : [])
        {
            db.DossierEvents.Add(new DossierEvent(aggregate.DossierId, change, actor.Id, actor.DisplayName, at));
        }

        aggregate.ClearChanges();
    }

    private double Normal(double mean, double deviation)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + (deviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    private static string Ascii(string name) =>
        new([.. name.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter).Select(char.ToLowerInvariant)]);
}
