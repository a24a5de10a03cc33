using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Web.Tests.Reports;

/// <summary>
/// A portal without demo data, filled with a small hand-built dataset whose figures are known:
/// AgII office "Limburg" with 7 trajectories (5 running, 2 completed), AgII office with a region name that is a
/// spreadsheet formula with 3 running, and Atlas "Antwerpen" with 6 running, each of those six notified to the
/// enforcement service for a missed report deadline (five fines, one warning).
/// </summary>
public sealed class KnownDatasetFactory : PortalFactory
{
    public const string Password = "Bekend-2026!";
    public const string CoordinatorAgII = "coord.agii@bekend.test";
    public const string CoordinatorAtlas = "coord.atlas@bekend.test";
    public const string Admin = "admin@bekend.test";
    public const string CaseWorkerLimburg = "cw.limburg@bekend.test";
    public const string CaseWorkerFormula = "cw.formule@bekend.test";
    public const string CaseWorkerAntwerpen = "cw.antwerpen@bekend.test";
    public const string FormulaRegion = "=HYPERLINK(\"http://evil.example\";\"klik\")";

    public static readonly DateOnly IntakeOn = new(2025, 3, 3);

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"inburgering-known-{Guid.NewGuid():N}.db");
    private bool _seeded;

    public KnownDatasetFactory()
        : base(useSqliteTemplate: false)
    {
    }

    public override string ConnectionString => $"Data Source={_file}";

    protected override bool DemoData => false;

    public Dictionary<string, NewcomerId> Dossiers { get; } = [];

    /// <summary>Starts the portal (which migrates the empty database) and adds the dataset once.</summary>
    public async Task EnsureSeededAsync()
    {
        if (_seeded)
        {
            return;
        }

        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var role in Roles.All)
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var limburg = new Office(Guid.NewGuid(), Agency.AgII, "AgII Hasselt", "Limburg");
        var formula = new Office(Guid.NewGuid(), Agency.AgII, "AgII Formule", FormulaRegion);
        var antwerpen = new Office(Guid.NewGuid(), Agency.Atlas, "Atlas Centrum", "Antwerpen");
        db.Offices.AddRange(limburg, formula, antwerpen);
        await db.SaveChangesAsync();

        async Task<AppUser> User(string email, string role, Office? office)
        {
            var user = new AppUser { UserName = email, Email = email, DisplayName = email.Split('@')[0], OfficeId = office?.Id };
            var result = await users.CreateAsync(user, Password);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
            return user;
        }

        await User(CoordinatorAgII, Roles.Coordinator, limburg);
        await User(CoordinatorAtlas, Roles.Coordinator, antwerpen);
        await User(Admin, Roles.Admin, null);
        var cwLimburg = await User(CaseWorkerLimburg, Roles.CaseWorker, limburg);
        var cwFormula = await User(CaseWorkerFormula, Roles.CaseWorker, formula);
        var cwAntwerpen = await User(CaseWorkerAntwerpen, Roles.CaseWorker, antwerpen);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var i = 0; i < 7; i++)
        {
            var person = Person($"Limburg{i}", i < 4 ? Gender.Female : Gender.Male);
            var (newcomer, trajectory) = Start(person, limburg, cwLimburg.Id, i == 6 ? Perspective.Educational : Perspective.Professional, Barriers.Dutch | (i < 2 ? Barriers.Housing : Barriers.None), today);

            // First action 10 days after the intake: Dutch for five, work for two.
            trajectory.LogAction(i < 5 ? Action(TrackKind.DutchLanguage, ActionType.CourseEnrolment, IntakeOn.AddDays(10)) : Action(TrackKind.Work, ActionType.JobApplication, IntakeOn.AddDays(10)), done: true, null, today);
            if (i >= 5)
            {
                trajectory.RecordSocialOrientationTest(IntakeOn.AddDays(60), 20, 10, today);
                trajectory.RecordDutchExam(IntakeOn.AddDays(100), CefrLevel.A2, ExamMode.Written, true, today);

                // Working: the 40 participation hours are not owed, so MO and NT2 make the attest.
                trajectory.ChangeSituation(working: true, studying: false, "Werkt", today);
                trajectory.IssueCertificate(IntakeOn.AddDays(120), today);
            }

            db.Newcomers.Add(newcomer);
            db.Trajectories.Add(trajectory);
            Dossiers[person.FirstName] = newcomer.Id;
        }

        for (var i = 0; i < 3; i++)
        {
            var person = Person($"Formule{i}", Gender.Female);
            var (newcomer, trajectory) = Start(person, formula, cwFormula.Id, Perspective.Professional, Barriers.None, today);
            trajectory.LogAction(Action(TrackKind.Work, ActionType.JobApplication, today.AddDays(-40), due: today.AddDays(-5)), done: false, null, today);
            db.Newcomers.Add(newcomer);
            db.Trajectories.Add(trajectory);
            Dossiers[person.FirstName] = newcomer.Id;
        }

        for (var i = 0; i < 6; i++)
        {
            var person = Person($"Antwerpen{i}", Gender.Male);
            var (newcomer, trajectory) = Start(person, antwerpen, cwAntwerpen.Id, Perspective.Professional, Barriers.Health, today, letterOn: IntakeOn.AddDays(-150));

            // All six reported after the deadline and were notified to the enforcement service: five fines, one warning.
            var notice = newcomer.NotifyEnforcement(Domain.Enforcement.EnforcementReason.MissedReportDeadline, IntakeOn.AddDays(1), today);
            newcomer.RecordEnforcementOutcome(notice.Id, i < 5 ? Domain.Enforcement.EnforcementOutcome.Fine : Domain.Enforcement.EnforcementOutcome.Warning, IntakeOn.AddDays(30), i < 5 ? 100m : null, today);
            db.Newcomers.Add(newcomer);
            db.Trajectories.Add(trajectory);
            Dossiers[person.FirstName] = newcomer.Id;
        }

        await db.SaveChangesAsync();
        _seeded = true;
    }

    /// <summary>A client signed in as one of the dataset's accounts.</summary>
    public async Task<PortalClient> LoginAsync(string email)
    {
        await EnsureSeededAsync();
        var client = new PortalClient(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await client.LoginAsync(email, Password)).StatusCode);
        return client;
    }

    public async Task<string> UserIdAsync(string email)
    {
        using var db = CreateDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private static PersonalData Person(string firstName, Gender gender) => new()
    {
        FirstName = firstName,
        LastName = "Bekend",
        BirthDate = new DateOnly(1990, 1, 1),
        Gender = gender,
        Nationality = "SY",
        Municipality = "Hasselt",
    };

    private static (Newcomer, Trajectory) Start(PersonalData person, Office office, string caseWorker, Perspective perspective, Barriers barriers, DateOnly today, DateOnly? letterOn = null)
    {
        var newcomer = Newcomer.Register(NewcomerId.New(), DossierNumber.Create(Random.Shared), person, new Residence(ResidenceStatus.RecognisedRefugee, IntakeOn.AddDays(-200)), office, caseWorker, today);
        if (letterOn is { } letter)
        {
            newcomer.RecordAgencyLetter(letter, today);
        }

        newcomer.RecordContract(IntakeOn);
        var intake = new Intake { CompletedOn = IntakeOn, Goals = Goals.Dutch, Perspective = perspective, Barriers = barriers, EducationLevel = EducationLevel.Secondary };
        var plan = new TrackPlan { StartSocialOrientation = true, StartDutchLanguage = true, StartWork = true };
        var trajectory = Trajectory.StartIntegration(newcomer.Participant, intake, plan, newcomer.Obligation(IntakeOn), newcomer.WorkPermission(IntakeOn), today);
        return (newcomer, trajectory);
    }

    private static ActionDetails Action(TrackKind track, ActionType type, DateOnly date, DateOnly? due = null) =>
        new() { Track = track, Type = type, Date = date, DueOn = due };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }
}
