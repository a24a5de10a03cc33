using Inburgering.Domain.Rules;

namespace Inburgering.Domain.Trajectories;

/// <summary>
/// What one track works towards, as the plan says it: the MO course language, the NT2 learner profile, target level and
/// oral exam, the work route and whether VDAB registration is a condition. Participation has none of its own: its 40
/// hours are fixed and whether they are owed is derived (<see cref="Trajectory.ParticipationDutyOn"/>).
/// </summary>
public sealed record TrackObjective
{
    public string? CourseLanguage { get; init; }

    public LearnerProfile LearnerProfile { get; init; } = LearnerProfile.Standard;

    public CefrLevel TargetLevel { get; init; } = DutchLanguageRule.TargetLevel;

    public bool OralExam { get; init; }

    public WorkRoute WorkRoute { get; init; }

    public bool VdabRequired { get; init; }

    /// <summary>The objective a trajectory's track has now (the change form starts from it).</summary>
    public static TrackObjective Of(Trajectory trajectory)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        return new TrackObjective
        {
            CourseLanguage = trajectory.SocialOrientation.CourseLanguage,
            LearnerProfile = trajectory.DutchLanguage.Profile,
            TargetLevel = trajectory.DutchLanguage.TargetLevel,
            OralExam = trajectory.DutchLanguage.OralExam,
            WorkRoute = trajectory.Work.Route,
            VdabRequired = trajectory.Work.VdabRequired,
        };
    }

    /// <summary>Whether the parts of this objective that <paramref name="kind"/> reads are the same in both.</summary>
    public bool SameFor(TrackKind kind, TrackObjective other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return kind switch
        {
            TrackKind.SocialOrientation => string.Equals(CourseLanguage?.Trim() ?? string.Empty, other.CourseLanguage?.Trim() ?? string.Empty, StringComparison.Ordinal),
            TrackKind.DutchLanguage => (LearnerProfile, TargetLevel, OralExam) == (other.LearnerProfile, other.TargetLevel, other.OralExam),
            TrackKind.Work => (WorkRoute, VdabRequired) == (other.WorkRoute, other.VdabRequired),
            _ => true,
        };
    }
}
