using System.Net;
using Inburgering.DemoData;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Dossiers;

/// <summary>A dossier a test arranged: its id, number and name, to look for in pages.</summary>
public sealed record ArrangedDossier(NewcomerId Id, string Number, string FirstName, string LastName)
{
    public string FullName => $"{FirstName} {LastName}";

    public string Url => $"/Dossiers/{Id}";
}

/// <summary>
/// Arranges dossiers for a given case worker through the domain's own methods and the DbContext, as the
/// pages would have made them, so every test starts from a state the portal can really be in.
/// </summary>
public sealed class DossierScenario(PortalFactory factory)
{
    public const string Sarah = DemoDataSeeder.CaseWorkerEmail;
    public const string Tom = "tom.maes@inburgering.test";
    public const string AtlasCoordinator = DemoDataSeeder.CoordinatorEmail;
    public const string AgIICoordinator = "hilde.vos@inburgering.test";
    public const string NewcomerAccount = DemoDataSeeder.NewcomerEmail;

    private static int _serial;

    /// <summary>Today as the portal sees it (the Belgian calendar day).</summary>
    public static DateOnly Today => TimeProvider.System.Today();

    public async Task<PortalClient> LoginAsync(string email)
    {
        var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(email);
        return client;
    }

    public async Task<string> UserIdAsync(string email)
    {
        using var db = factory.CreateDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    /// <summary>
    /// Registers a newcomer in the case worker's office. By default a 30-year-old recognised refugee from
    /// Syria: obligated and allowed to work. The last name is unique, so a page can be searched for it.
    /// </summary>
    public async Task<ArrangedDossier> RegisterAsync(
        string caseWorkerEmail = Sarah,
        string firstName = "Yasmin",
        string nationality = "SY",
        ResidenceStatus status = ResidenceStatus.RecognisedRefugee,
        DateOnly? registeredOn = null,
        DateOnly? birthDate = null)
    {
        using var db = factory.CreateDbContext();
        var caseWorker = await db.Users.Where(u => u.Email == caseWorkerEmail).Select(u => new { u.Id, u.OfficeId }).SingleAsync();
        var office = await db.Offices.SingleAsync(o => o.Id == caseWorker.OfficeId);
        var lastName = $"Testdossier{Interlocked.Increment(ref _serial):000}{Guid.NewGuid().ToString("N")[..6]}";
        var since = registeredOn ?? Today.AddDays(-200);
        var residence = status switch
        {
            ResidenceStatus.AsylumApplicant => new Residence(status, null, asylumAppliedOn: since),
            ResidenceStatus.RecognisedRefugee or ResidenceStatus.SubsidiaryProtection => new Residence(status, since, since.AddMonths(-8), protectionGrantedOn: since.AddDays(-10)),
            _ => new Residence(status, since),
        };
        var person = new PersonalData
        {
            FirstName = firstName,
            LastName = lastName,
            BirthDate = birthDate ?? Today.AddYears(-30),
            Gender = Gender.Female,
            Nationality = nationality,
            Languages = "Arabisch",
            Municipality = "Antwerpen",
        };
        var newcomer = Newcomer.Register(NewcomerId.New(), DossierNumber.Create(Random.Shared), person, residence, office, caseWorker.Id, Today);
        db.Newcomers.Add(newcomer);
        await db.SaveChangesAsync();
        return new ArrangedDossier(newcomer.Id, newcomer.Number, firstName, lastName);
    }

    /// <summary>The intake and plan: the tracks named start on the intake date (default 100 days ago).</summary>
    public async Task<Guid> StartTrajectoryAsync(
        ArrangedDossier dossier,
        DateOnly? intakeOn = null,
        bool socialOrientation = true,
        bool dutch = true,
        bool work = true,
        bool participation = true,
        bool vdabRequired = true,
        bool working = false,
        bool oralExam = false)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        using var db = factory.CreateDbContext();
        var newcomer = await db.Newcomers.SingleAsync(n => n.Id == dossier.Id);
        var on = intakeOn ?? Today.AddDays(-100);
        var intake = new Intake
        {
            CompletedOn = on,
            Goals = Goals.Dutch | Goals.Work,
            Barriers = Barriers.Dutch,
            EducationLevel = EducationLevel.Secondary,
            Availability = Availability.Daytime,
            Working = working,
        };
        var plan = new TrackPlan
        {
            StartSocialOrientation = socialOrientation,
            StartDutchLanguage = dutch,
            LearnerProfile = oralExam ? LearnerProfile.LearningToReadAndWrite : LearnerProfile.Standard,
            OralExam = oralExam,
            StartWork = work,
            VdabRequired = vdabRequired,
            StartParticipation = participation,
        };
        newcomer.RecordContract(on);
        var trajectory = Trajectory.StartIntegration(newcomer.Participant, intake, plan, newcomer.Obligation(on), newcomer.WorkPermission(on), on);
        db.Trajectories.Add(trajectory);
        await db.SaveChangesAsync();
        return trajectory.Id;
    }

    /// <summary>Logs an action on the integration trajectory and returns its id.</summary>
    public async Task<Guid> LogActionAsync(
        ArrangedDossier dossier,
        TrackKind track,
        ActionType type,
        DateOnly date,
        bool done,
        Partner? partner = null,
        decimal? hours = null,
        DateOnly? dueOn = null,
        string? note = null,
        TimeOnly? startsAt = null,
        string? place = null)
    {
        Guid id = default;
        await ChangeTrajectoryAsync(dossier, t =>
        {
            id = t.LogAction(new ActionDetails { Track = track, Type = type, Partner = partner, Date = date, DueOn = dueOn, Hours = hours, Note = note, StartsAt = startsAt, Place = place }, done, outcome: null, Today).Id;
            if (hours is not null && done)
            {
                // Hours count once signed: arranged activities are signed by the newcomer, as in Mijn traject.
                t.SignHours(id, "Nieuwkomer", Today);
            }
        });
        return id;
    }

    /// <summary>Logs <paramref name="count"/> conversations on the Dutch track, one a day back from yesterday.</summary>
    public Task LogConversationsAsync(ArrangedDossier dossier, int count) =>
        ChangeTrajectoryAsync(dossier, t =>
        {
            for (var i = 1; i <= count; i++)
            {
                t.LogAction(new ActionDetails { Track = TrackKind.DutchLanguage, Type = ActionType.Conversation, Date = Today.AddDays(-i), Note = $"Gesprek {i}" }, done: true, outcome: null, Today);
            }
        });

    /// <summary>Meets every condition of the attest: MO passed, NT2 A2 passed, VDAB registration, 40 participation hours.</summary>
    public Task MeetAllConditionsAsync(ArrangedDossier dossier) =>
        ChangeTrajectoryAsync(dossier, t =>
        {
            var on = Today.AddDays(-30);
            t.RecordSocialOrientationTest(on, 20, 10, Today);
            t.RecordDutchExam(on, CefrLevel.A2, ExamMode.Written, passed: true, Today);
            t.LogAction(new ActionDetails { Track = TrackKind.Work, Type = ActionType.Registration, Date = on }, done: true, outcome: null, Today);
            var hours = t.LogAction(new ActionDetails { Track = TrackKind.Participation, Type = ActionType.ParticipationActivity, Date = on, Hours = ParticipationRule.RequiredHours }, done: true, outcome: null, Today);
            t.SignHours(hours.Id, "Nieuwkomer", Today);
        });

    /// <summary>Applies domain methods to the dossier's integration trajectory and saves, as a page would.</summary>
    public async Task ChangeTrajectoryAsync(ArrangedDossier dossier, Action<Trajectory> change)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(change);
        using var db = factory.CreateDbContext();
        var trajectory = await db.LoadTrajectoryAsync(dossier.Id, null, CancellationToken.None)
            ?? throw new InvalidOperationException("Start the trajectory first.");
        change(trajectory);
        await db.SaveChangesAsync();
    }

    public async Task<Trajectory> TrajectoryAsync(ArrangedDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        using var db = factory.CreateDbContext();
        return await db.Trajectories.AsNoTracking().WithChildren().SingleAsync(t => t.NewcomerId == dossier.Id && t.Kind == TrajectoryKind.Integration);
    }

    public async Task<Newcomer> NewcomerAsync(ArrangedDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        using var db = factory.CreateDbContext();
        return await db.Newcomers.AsNoTracking().SingleAsync(n => n.Id == dossier.Id);
    }

    public async Task<FollowUpAction> ActionAsync(Guid actionId)
    {
        using var db = factory.CreateDbContext();
        return await db.FollowUpActions.AsNoTracking().SingleAsync(a => a.Id == actionId);
    }

    /// <summary>The dossier's history, newest first, as stored.</summary>
    public async Task<List<Domain.History.DossierEvent>> HistoryAsync(ArrangedDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        using var db = factory.CreateDbContext();
        return await db.DossierEvents.AsNoTracking().Where(e => e.NewcomerId == dossier.Id).OrderByDescending(e => e.OccurredAtUtc).ToListAsync();
    }

    /// <summary>
    /// Posts fields as a hand-made request would (a tampered or replayed form), with the user's own
    /// antiforgery token taken from the page the form would be on.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(PortalClient client, string url, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var (response, page) = await client.GetPageAsync(url.Split('?')[0]);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        }

        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {url}");
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>A server error is never an answer to user input.</summary>
    public static void AssertNoServerError(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}");
    }

    /// <summary>A valid form post answers with post-redirect-get to the dossier.</summary>
    public static void AssertRedirectTo(HttpResponseMessage response, ArrangedDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(dossier);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(dossier.Url, response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every question of the intake answered, with the answers the form used to choose by itself (so an intake saved
    /// from this is what one saved before it asked), plus <paramref name="fields"/>.
    /// </summary>
    public static Dictionary<string, string> AnsweredIntake(IDictionary<string, string>? fields = null)
    {
        var answers = new Dictionary<string, string>
        {
            ["Input.Perspective"] = "Professional",
            ["Input.Goals"] = "Dutch",
            ["Input.EducationLevel"] = "Secondary",
            ["Input.Literacy"] = "Literate",
            ["Input.DutchLevel"] = "None",
            ["Input.DiplomaRecognition"] = "NoForeignDiploma",
            ["Input.Availability"] = "Daytime",
        };
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            answers[name] = value;
        }

        return answers;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A date as the Dutch pages write it ("28 feb. 2023").</summary>
    public static string Written(DateOnly date) => date.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl"));
}
