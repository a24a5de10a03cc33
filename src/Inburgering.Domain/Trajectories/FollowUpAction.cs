using Inburgering.Domain.Common;
using Inburgering.Domain.Rules;

namespace Inburgering.Domain.Trajectories;

public enum ActionType
{
    Conversation,
    Referral,
    CourseEnrolment,
    VocationalTraining,
    HigherEducation,
    Exam,
    Registration,
    DiplomaRecognition,
    JobApplication,
    WorkStarted,
    ParticipationActivity,
    Other,
}

public enum ActionStatus
{
    Open,
    Done,
    Cancelled,
}

/// <summary>Partners a newcomer is referred to.</summary>
public enum Partner
{
    Vdab,
    Actiris,
    Ocmw,
    Nt2School,
    HuisVanHetNederlands,
    LocalGovernment,
    ParticipationNetwork,
    Employer,
    Other,
}

/// <summary>The categories the follow-up pilots report first actions in.</summary>
public enum ActionCategory
{
    Dutch,
    VocationalTraining,
    Work,
    HigherEducation,
    DiplomaRecognition,
    Participation,
    SocialOrientation,
    Other,
}

/// <summary>What the case worker enters for an action.</summary>
public sealed record ActionDetails
{
    public const int NoteMaxLength = 2000;
    public const int OutcomeMaxLength = 1000;
    public const int PlaceMaxLength = 200;

    public required TrackKind Track { get; init; }

    public required ActionType Type { get; init; }

    public Partner? Partner { get; init; }

    public required DateOnly Date { get; init; }

    public DateOnly? DueOn { get; init; }

    public string? Note { get; init; }

    public decimal? Hours { get; init; }

    /// <summary>When an appointment starts, on <see cref="Date"/>; none for a task without a fixed hour.</summary>
    public TimeOnly? StartsAt { get; init; }

    /// <summary>Where the appointment is (office, address, or "by phone"), as the newcomer will read it.</summary>
    public string? Place { get; init; }

    internal ActionDetails Validated()
    {
        if (DueOn < Date)
        {
            throw new DomainException(TrajectoryErrors.DueBeforeDate());
        }

        if (Type == ActionType.Referral && Partner is null)
        {
            throw new DomainException(TrajectoryErrors.PartnerRequired());
        }

        if (Type == ActionType.ParticipationActivity)
        {
            if (Track != TrackKind.Participation)
            {
                throw new DomainException(TrajectoryErrors.ParticipationActivityOnParticipationTrack());
            }

            if (Hours is null or <= 0 || Hours > ParticipationRule.MaxHoursPerActivity)
            {
                throw new DomainException(TrajectoryErrors.HoursOutOfRange(ParticipationRule.MaxHoursPerActivity));
            }
        }
        else if (Hours is not null)
        {
            throw new DomainException(TrajectoryErrors.HoursOnlyForParticipation());
        }

        var place = Guard.OptionalText(Place, PlaceMaxLength, TrajectoryErrors.PlaceTooLong());

        // A place without an hour is no appointment anyone can keep; an hour without a place is (a phone call).
        if (place is not null && StartsAt is null)
        {
            throw new DomainException(TrajectoryErrors.StartsAtRequiredWithPlace());
        }

        return this with
        {
            Partner = Type == ActionType.Referral ? Partner : null,
            Note = Guard.OptionalText(Note, NoteMaxLength, TrajectoryErrors.NoteTooLong()),
            Place = place,
        };
    }
}

/// <summary>Opvolgactie: one step on one track, with its dates, status and outcome.</summary>
public sealed class FollowUpAction
{
    private FollowUpAction()
    {
    }

    internal FollowUpAction(Guid id, ActionDetails details)
    {
        Id = id;
        Apply(details);
    }

    public Guid Id { get; private set; }

    public TrackKind Track { get; private set; }

    public ActionType Type { get; private set; }

    public Partner? Partner { get; private set; }

    /// <summary>When it happened, or is planned.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>When it should be done by; the action's own date unless another was given.</summary>
    public DateOnly DueOn { get; private set; }

    public ActionStatus Status { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string? Outcome { get; private set; }

    public string? Note { get; private set; }

    public decimal? Hours { get; private set; }

    /// <summary>An appointment's start on <see cref="Date"/>, in Belgian local time.</summary>
    public TimeOnly? StartsAt { get; private set; }

    /// <summary>An appointment's place, written for the newcomer.</summary>
    public string? Place { get; private set; }

    public bool IsAppointment => StartsAt is not null;

    /// <summary>
    /// Who confirmed the hours: the organisation (in the portal) or the newcomer (signed in Mijn traject); the hours
    /// count toward the 40 only then. <see cref="HoursConfirmer.PaperProof"/> marks hours ticked as signed on paper
    /// before confirmations existed.
    /// </summary>
    public HoursConfirmer? HoursConfirmedBy { get; private set; }

    /// <summary>The organisation's or the newcomer's name, as it was when they confirmed.</summary>
    public string? HoursConfirmedByName { get; private set; }

    public DateOnly? HoursConfirmedOn { get; private set; }

    /// <summary>The referral whose organisation confirmed these hours, if any.</summary>
    public Guid? ReferralId { get; private set; }

    /// <summary>Counts toward the participation hours: done and confirmed by whoever saw it.</summary>
    public bool HoursCount => Type == ActionType.ParticipationActivity && Status == ActionStatus.Done && HoursConfirmedBy is not null;

    public bool IsOverdue(DateOnly today) => Status == ActionStatus.Open && DueOn < today;

    public ActionCategory Category => Categorize(Track, Type);

    public static ActionCategory Categorize(TrackKind track, ActionType type) => type switch
    {
        ActionType.VocationalTraining => ActionCategory.VocationalTraining,
        ActionType.HigherEducation => ActionCategory.HigherEducation,
        ActionType.DiplomaRecognition => ActionCategory.DiplomaRecognition,
        ActionType.JobApplication or ActionType.WorkStarted => ActionCategory.Work,
        ActionType.CourseEnrolment when track == TrackKind.Work => ActionCategory.VocationalTraining,
        _ => track switch
        {
            TrackKind.DutchLanguage => ActionCategory.Dutch,
            TrackKind.Work => ActionCategory.Work,
            TrackKind.Participation => ActionCategory.Participation,
            TrackKind.SocialOrientation => ActionCategory.SocialOrientation,
            _ => ActionCategory.Other,
        },
    };

    internal void Update(ActionDetails details, string? outcome = null)
    {
        if (Status == ActionStatus.Cancelled)
        {
            throw new DomainException(TrajectoryErrors.ActionCancelled());
        }

        Apply(details);
        if (outcome is not null)
        {
            Outcome = Guard.OptionalText(outcome, ActionDetails.OutcomeMaxLength, TrajectoryErrors.OutcomeTooLong());
        }

        // A done action moved to a later day was done that day at the earliest.
        if (Status == ActionStatus.Done && CompletedOn < Date)
        {
            CompletedOn = Date;
        }
    }

    internal void Complete(DateOnly completedOn, string? outcome, DateOnly today)
    {
        if (Status == ActionStatus.Cancelled)
        {
            throw new DomainException(TrajectoryErrors.ActionCancelled());
        }

        if (completedOn > today)
        {
            throw new DomainException(TrajectoryErrors.CompletedOnInFuture());
        }

        if (completedOn < Date)
        {
            throw new DomainException(TrajectoryErrors.CompletedBeforeDate());
        }

        Status = ActionStatus.Done;
        CompletedOn = completedOn;
        Outcome = Guard.OptionalText(outcome, ActionDetails.OutcomeMaxLength, TrajectoryErrors.OutcomeTooLong());
    }

    internal void Cancel(string? reason)
    {
        if (Status != ActionStatus.Open)
        {
            throw new DomainException(TrajectoryErrors.OnlyOpenActionsCancel());
        }

        Status = ActionStatus.Cancelled;
        Outcome = Guard.OptionalText(reason, ActionDetails.OutcomeMaxLength, TrajectoryErrors.OutcomeTooLong());
    }

    /// <summary>The free text may say anything about the person: anonymisation removes it, the facts stay.</summary>
    internal void ForgetText()
    {
        Outcome = null;
        Note = null;
        Place = null;
    }

    private void Apply(ActionDetails details)
    {
        Track = details.Track;
        Type = details.Type;
        Partner = details.Partner;
        Date = details.Date;
        DueOn = details.DueOn ?? details.Date;
        Note = details.Note;
        StartsAt = details.StartsAt;
        Place = details.Place;
        if (Hours != details.Hours || Date != details.Date)
        {
            // A confirmation is for these hours on this day; a correction needs a new one.
            HoursConfirmedBy = null;
            HoursConfirmedByName = null;
            HoursConfirmedOn = null;
        }

        Hours = details.Hours;
    }

    internal void ConfirmHours(HoursConfirmer by, string name, DateOnly today, Guid? referralId = null)
    {
        if (Type != ActionType.ParticipationActivity || Status != ActionStatus.Done)
        {
            throw new DomainException(TrajectoryErrors.HoursNotConfirmable());
        }

        if (HoursConfirmedBy is not null)
        {
            throw new DomainException(TrajectoryErrors.HoursAlreadyConfirmed());
        }

        HoursConfirmedBy = by;
        HoursConfirmedByName = name;
        HoursConfirmedOn = today;
        ReferralId = referralId;
    }
}

public enum HoursConfirmer
{
    Organisation,
    Newcomer,
    PaperProof,
}
