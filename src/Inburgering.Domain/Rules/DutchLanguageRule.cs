using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Rules;

/// <summary>
/// NT2: the attest needs a passed exam at the target level (A2) since 2016 (result obligation);
/// course hours per level differ by learner profile. Source: Agentschap Integratie en Inburgering, NT2 offer.
/// Applies from: 2016 (the result obligation; our sources name the year, not the day). A plan change never sets a
/// target below it (<c>Trajectory.ChangeObjective</c>).
/// </summary>
public static class DutchLanguageRule
{
    public const CefrLevel TargetLevel = CefrLevel.A2;

    public static int CourseHoursPerLevel(LearnerProfile profile) => profile switch
    {
        LearnerProfile.LearningToReadAndWrite => 600,
        LearnerProfile.Slow => 240,
        LearnerProfile.Standard => 120,
        LearnerProfile.Fast => 90,
        _ => throw new ArgumentOutOfRangeException(nameof(profile)),
    };
}
