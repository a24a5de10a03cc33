using Inburgering.Domain.Rules;

namespace Inburgering.Domain.Trajectories;

/// <summary>The maatwerk plan: which tracks start now and the objective of each.</summary>
public sealed record TrackPlan
{
    public bool StartSocialOrientation { get; init; }

    public string? CourseLanguage { get; init; }

    public bool StartDutchLanguage { get; init; }

    public LearnerProfile LearnerProfile { get; init; } = LearnerProfile.Standard;

    public CefrLevel TargetLevel { get; init; } = DutchLanguageRule.TargetLevel;

    public bool OralExam { get; init; }

    public bool StartWork { get; init; }

    public WorkRoute WorkRoute { get; init; }

    public bool VdabRequired { get; init; }

    /// <summary>Starts the participation track now; whether its hours are owed is derived (<c>Trajectory.ParticipationDutyOn</c>).</summary>
    public bool StartParticipation { get; init; }

    /// <summary>The plan the rules suggest; the case worker adjusts it to the person.</summary>
    public static TrackPlan Suggest(Intake intake, ObligationClass obligation, WorkPermission work, int age)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(work);
        var learnsToRead = intake.Literacy == Literacy.LearningToReadAndWrite;
        var workingAge = age is >= DeadlineRules.WorkingAgeFrom and < DeadlineRules.WorkingAgeUntil;
        var vdab = workingAge && work.Status is WorkPermissionStatus.Allowed or WorkPermissionStatus.NotYet;
        return new TrackPlan
        {
            StartSocialOrientation = true,
            StartDutchLanguage = true,
            LearnerProfile = learnsToRead
                ? LearnerProfile.LearningToReadAndWrite
                : intake.EducationLevel switch
                {
                    EducationLevel.Higher => LearnerProfile.Fast,
                    EducationLevel.Secondary => LearnerProfile.Standard,
                    _ => LearnerProfile.Slow,
                },
            OralExam = learnsToRead,
            StartWork = vdab,
            WorkRoute = intake.Working ? WorkRoute.InWork : WorkRoute.JobSearch,
            VdabRequired = vdab,
            StartParticipation = ParticipationRule.IsMandatory(obligation, intake.Working, intake.Studying),
        };
    }
}
