using Inburgering.Domain.Common;

namespace Inburgering.Domain.Trajectories;

/// <summary>One of the four tracks that run in parallel, each with its own status and objective.</summary>
public abstract class Track
{
    public TrackStatus Status { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    /// <summary>Whether the track's objective is a condition of the attest.</summary>
    public abstract bool RequiredForCertificate { get; }

    public bool IsOpen => Status is TrackStatus.NotStarted or TrackStatus.Running;

    internal void Plan(bool startNow, DateOnly today)
    {
        Status = TrackStatus.NotStarted;
        if (startNow)
        {
            Start(today);
        }
    }

    internal void MarkNotApplicable() => Status = TrackStatus.NotApplicable;

    internal void Start(DateOnly today)
    {
        if (Status != TrackStatus.NotStarted)
        {
            throw new DomainException(TrajectoryErrors.TrackNotStartable());
        }

        Status = TrackStatus.Running;
        StartedOn = today;
    }

    internal void Complete(DateOnly on)
    {
        if (Status == TrackStatus.Completed)
        {
            return;
        }

        StartedOn ??= on;
        Status = TrackStatus.Completed;
        CompletedOn = on;
    }

    /// <summary>Completed on the day its objective was reached, also when earlier facts are added later.</summary>
    internal void CompleteOn(DateOnly on)
    {
        StartedOn ??= on;
        Status = TrackStatus.Completed;
        CompletedOn = on;
    }

    /// <summary>
    /// The trajectory ended (attest, statement of effort or an early stop): a track that never started was not part of
    /// it, one that reached its objective is completed, any other stops where it stands.
    /// </summary>
    internal void Close(DateOnly on, bool reached)
    {
        switch (Status)
        {
            case TrackStatus.NotStarted:
                Status = TrackStatus.NotApplicable;
                break;
            case TrackStatus.Running when reached:
                Complete(on);
                break;
            case TrackStatus.Running:
                Status = TrackStatus.Stopped;
                CompletedOn = on;
                break;
        }
    }

    /// <summary>Taken out of the plan by the case worker (with a reason, see <c>Trajectory.StopTrack</c>); a completed track keeps its result.</summary>
    internal void StopNow(DateOnly on)
    {
        Status = TrackStatus.Stopped;
        CompletedOn = on;
    }

    /// <summary>Put (back) into the plan: it runs again from <paramref name="on"/>.</summary>
    internal void Resume(DateOnly on)
    {
        Status = TrackStatus.Running;
        StartedOn = on;
        CompletedOn = null;
    }

    /// <summary>Back to running when the fact that completed it was corrected.</summary>
    internal void Reopen()
    {
        if (Status == TrackStatus.Completed)
        {
            Status = TrackStatus.Running;
            CompletedOn = null;
        }
    }
}

/// <summary>Maatschappelijke oriëntatie: the course (about 60 hours) and the test.</summary>
public sealed class SocialOrientationTrack : Track
{
    public const int CourseLanguageMaxLength = 50;

    public string? CourseLanguage { get; private set; }

    public override bool RequiredForCertificate => Status != TrackStatus.NotApplicable;

    internal void SetObjective(string? courseLanguage) =>
        CourseLanguage = Guard.OptionalText(courseLanguage, CourseLanguageMaxLength, TrajectoryErrors.CourseLanguageTooLong());
}

/// <summary>NT2: Dutch as a second language up to the target level, proven by a passed exam.</summary>
public sealed class DutchLanguageTrack : Track
{
    public LearnerProfile Profile { get; private set; }

    public CefrLevel TargetLevel { get; private set; }

    public CefrLevel LevelReached { get; private set; }

    /// <summary>Learners who cannot read or write are tested orally.</summary>
    public bool OralExam { get; private set; }

    public override bool RequiredForCertificate => Status != TrackStatus.NotApplicable;

    internal void SetObjective(LearnerProfile profile, CefrLevel targetLevel, bool oralExam, CefrLevel startLevel)
    {
        if (targetLevel == CefrLevel.None)
        {
            throw new DomainException(TrajectoryErrors.TargetLevelRequired());
        }

        Profile = profile;
        TargetLevel = targetLevel;
        OralExam = oralExam;
        LevelReached = startLevel;
    }

    internal void SetLevelReached(CefrLevel level) => LevelReached = level;

    /// <summary>A new objective for the rest of the trajectory; the level reached so far stays.</summary>
    internal void ChangeObjective(LearnerProfile profile, CefrLevel targetLevel, bool oralExam) =>
        SetObjective(profile, targetLevel, oralExam, LevelReached);
}

/// <summary>Traject naar werk: VDAB registration, then job, training, diploma recognition or enterprise.</summary>
public sealed class WorkTrack : Track
{
    public WorkRoute Route { get; private set; }

    public bool VdabRequired { get; private set; }

    public DateOnly? VdabDueOn { get; private set; }

    public DateOnly? VdabRegisteredOn { get; private set; }

    public DateOnly? WorkStartedOn { get; private set; }

    public override bool RequiredForCertificate => VdabRequired && Status != TrackStatus.NotApplicable;

    internal void SetObjective(WorkRoute route, bool vdabRequired, DateOnly? vdabDueOn)
    {
        Route = route;
        VdabRequired = vdabRequired;
        VdabDueOn = vdabRequired ? vdabDueOn : null;
    }

    internal void SetFacts(DateOnly? vdabRegisteredOn, DateOnly? workStartedOn)
    {
        VdabRegisteredOn = vdabRegisteredOn;
        WorkStartedOn = workStartedOn;
    }
}

/// <summary>
/// Participatie- en netwerktraject: 40 hours of activities in Dutch, each with a signed proof. Whether the hours are
/// owed is not a property of the track: it follows the class and the situation on the day (<c>Trajectory.ParticipationDutyOn</c>).
/// </summary>
public sealed class ParticipationTrack : Track
{
    public decimal Hours { get; private set; }

    public override bool RequiredForCertificate => Status != TrackStatus.NotApplicable;

    internal void SetHours(decimal hours) => Hours = hours;
}
