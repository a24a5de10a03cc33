using Inburgering.Domain.Common;
using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Partners;

/// <summary>Where a referral stands; the last four (and a refusal) close it.</summary>
public enum ReferralStatus
{
    Sent,
    Accepted,
    Refused,
    Started,
    Attended,
    Completed,
    DroppedOut,
    NoShow,
}

/// <summary>Who moved a referral on.</summary>
public enum ReferralActor
{
    CaseWorker,
    Partner,
}

/// <summary>
/// The only data of the newcomer the partner receives, copied when the referral is sent: their name always, and what
/// the case worker chose to share with the newcomer's consent. The partner never reads the dossier itself.
/// </summary>
public sealed record SharedData
{
    public required string FullName { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Languages { get; init; }

    public CefrLevel? DutchLevel { get; init; }

    public bool NeedsChildcare { get; init; }
}

/// <summary>One step of a referral: the new status, when, by whom, and the reason or result given.</summary>
public sealed class ReferralStep
{
    public const int NoteMaxLength = 500;

    private ReferralStep()
    {
        ByName = string.Empty;
    }

    internal ReferralStep(ReferralStatus status, DateOnly on, ReferralActor by, string byName, string? note)
    {
        Id = Guid.NewGuid();
        Status = status;
        On = on;
        By = by;
        ByName = byName;
        Note = note;
    }

    public Guid Id { get; private set; }

    public ReferralStatus Status { get; private set; }

    public DateOnly On { get; private set; }

    public ReferralActor By { get; private set; }

    public string ByName { get; private set; }

    public string? Note { get; private set; }
}

/// <summary>
/// A closed-loop referral (toeleiding): sent by the case worker to one organisation's offer with the newcomer's consent,
/// answered by the partner (accepted or refused with a reason), then started and ended (attended, completed, dropped
/// out or no-show). The partner confirms the hours taken part, which count for the participation track.
/// </summary>
public sealed class Referral : IRecordsChanges
{
    public const int MessageMaxLength = 1000;

    private static readonly Dictionary<ReferralStatus, ReferralStatus[]> Next = new()
    {
        [ReferralStatus.Sent] = [ReferralStatus.Accepted, ReferralStatus.Refused],
        [ReferralStatus.Accepted] = [ReferralStatus.Started, ReferralStatus.NoShow],
        [ReferralStatus.Started] = [ReferralStatus.Attended, ReferralStatus.Completed, ReferralStatus.DroppedOut],
    };

    private readonly List<ReferralStep> _steps = [];
    private readonly List<DossierChange> _changes = [];

    private Referral()
    {
        Shared = null!;
        CaseWorkerId = string.Empty;
        NewcomerMunicipality = string.Empty;
    }

    private Referral(Guid id, NewcomerId newcomerId, Offer offer, string caseWorkerId, Agency agency, string newcomerMunicipality, SharedData shared, string? message, DateOnly today)
        : this()
    {
        Id = id;
        NewcomerId = newcomerId;
        OfferId = offer.Id;
        OrganisationId = offer.OrganisationId;
        CaseWorkerId = caseWorkerId;
        Agency = agency;
        NewcomerMunicipality = newcomerMunicipality;
        Shared = shared;
        Message = Guard.OptionalText(message, MessageMaxLength, PartnerErrors.TooLong(nameof(Message)));
        SentOn = today;
        ConsentOn = today;
        Status = ReferralStatus.Sent;
        StatusOn = today;
    }

    public Guid Id { get; private set; }

    public NewcomerId NewcomerId { get; private set; }

    public Guid OfferId { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>The case worker who sent it (the agenda of that case worker shows its changes).</summary>
    public string CaseWorkerId { get; private set; }

    public Agency Agency { get; private set; }

    /// <summary>The newcomer's municipality when it was sent: the local government's figures count by it.</summary>
    public string NewcomerMunicipality { get; private set; }

    public SharedData Shared { get; private set; }

    /// <summary>What the case worker tells the partner (why this person, what to take into account).</summary>
    public string? Message { get; private set; }

    public DateOnly SentOn { get; private set; }

    /// <summary>The day the newcomer agreed to this referral and to the data shared (required to send it).</summary>
    public DateOnly ConsentOn { get; private set; }

    public ReferralStatus Status { get; private set; }

    public DateOnly StatusOn { get; private set; }

    /// <summary>The partner's first answer, for the "no answer in N days" rule.</summary>
    public DateOnly? AnsweredOn { get; private set; }

    /// <summary>Hours the organisation confirmed the newcomer took part.</summary>
    public decimal ConfirmedHours { get; private set; }

    public IReadOnlyList<ReferralStep> Steps => _steps.AsReadOnly();

    public bool IsClosed => IsClosedStatus(Status);

    public NewcomerId DossierId => NewcomerId;

    public IReadOnlyList<DossierChange> Changes => _changes.AsReadOnly();

    public static bool IsClosedStatus(ReferralStatus status) =>
        status is ReferralStatus.Refused or ReferralStatus.Attended or ReferralStatus.Completed or ReferralStatus.DroppedOut or ReferralStatus.NoShow;

    /// <summary>The statuses a referral may move to from <paramref name="status"/>.</summary>
    public static IReadOnlyList<ReferralStatus> NextFrom(ReferralStatus status) => Next.TryGetValue(status, out var next) ? next : [];

    /// <summary>Sends a referral; without the newcomer's consent nothing is shared and nothing is sent.</summary>
    public static Referral Send(
        NewcomerId newcomerId, Offer offer, string caseWorkerId, string caseWorkerName, Agency agency, string newcomerMunicipality,
        SharedData shared, bool consent, string? message, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(shared);
        if (!consent)
        {
            throw new DomainException(PartnerErrors.ConsentRequired());
        }

        if (offer.Withdrawn)
        {
            throw new DomainException(PartnerErrors.OfferWithdrawn());
        }

        var referral = new Referral(Guid.NewGuid(), newcomerId, offer, caseWorkerId, agency, newcomerMunicipality, shared, message, today);
        referral._steps.Add(new ReferralStep(ReferralStatus.Sent, today, ReferralActor.CaseWorker, caseWorkerName, null));
        referral._changes.Add(new ReferralSent(offer.Track));
        return referral;
    }

    /// <summary>Moves the referral on; a refusal needs its reason, a result is kept as the step's note.</summary>
    public void MoveTo(ReferralStatus status, ReferralActor by, string byName, string? note, DateOnly today)
    {
        if (!NextFrom(Status).Contains(status))
        {
            throw new DomainException(PartnerErrors.ReferralTransitionNotAllowed(Status.ToString(), status.ToString()));
        }

        var text = Guard.OptionalText(note, ReferralStep.NoteMaxLength, PartnerErrors.TooLong("Note"));
        if (status == ReferralStatus.Refused && text is null)
        {
            throw new DomainException(PartnerErrors.RefusalReasonRequired());
        }

        if (Status == ReferralStatus.Sent)
        {
            AnsweredOn = today;
        }

        Status = status;
        StatusOn = today;
        _steps.Add(new ReferralStep(status, today, by, byName, text));
        _changes.Add(new ReferralStatusChanged(status));
    }

    /// <summary>
    /// The organisation confirms hours the newcomer took part (the signed proof of the participation track): only for
    /// an offer whose hours count, while the person takes part or right after, never for a day to come.
    /// </summary>
    public void ConfirmHours(Offer offer, decimal hours, DateOnly date, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (offer.Id != OfferId || !offer.CountsHours)
        {
            throw new DomainException(PartnerErrors.NoHoursForThisOffer());
        }

        if (Status is not (ReferralStatus.Started or ReferralStatus.Attended or ReferralStatus.Completed))
        {
            throw new DomainException(PartnerErrors.HoursOnlyWhileTakingPart());
        }

        if (hours is <= 0 || hours > ParticipationRule.MaxHoursPerActivity)
        {
            throw new DomainException(TrajectoryErrors.HoursOutOfRange(ParticipationRule.MaxHoursPerActivity));
        }

        if (date > today)
        {
            throw new DomainException(PartnerErrors.DateInFuture());
        }

        if (date < SentOn)
        {
            throw new DomainException(PartnerErrors.DateBeforeReferral());
        }

        ConfirmedHours += hours;
    }

    /// <summary>
    /// The NT2 school records an exam result of the person it took in: only on a referral to a Dutch course that it
    /// accepted (and that did not end in a no-show). The result itself goes on the trajectory, where it counts for the
    /// attest exactly as one the case worker records.
    /// </summary>
    public ExamRecorder RecordsExamAs(Offer offer, string byName)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (offer.Id != OfferId || offer.Track != TrackKind.DutchLanguage)
        {
            throw new DomainException(PartnerErrors.ExamOnlyForDutchCourse());
        }

        if (!MayRecordExam(Status))
        {
            throw new DomainException(PartnerErrors.ExamOnlyOnceAccepted());
        }

        return new ExamRecorder(byName, Id);
    }

    /// <summary>Statuses in which the school took the person in: from accepted on, but not a refusal or a no-show.</summary>
    public static bool MayRecordExam(ReferralStatus status) =>
        status is ReferralStatus.Accepted or ReferralStatus.Started or ReferralStatus.Attended or ReferralStatus.Completed or ReferralStatus.DroppedOut;

    /// <summary>Sent and still unanswered after <paramref name="answerDays"/> days: the case worker's agenda shows it as overdue.</summary>
    public static DateOnly AnswerDueOn(DateOnly sentOn, int answerDays) => sentOn.AddDays(answerDays);

    public void ClearChanges() => _changes.Clear();
}
