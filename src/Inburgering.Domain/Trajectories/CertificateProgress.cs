namespace Inburgering.Domain.Trajectories;

public enum MissingConditionKind
{
    SocialOrientationTestNotPassed,
    DutchLevelNotReached,
    VdabRegistrationMissing,
    ParticipationHoursMissing,
}

/// <param name="Level">For <see cref="MissingConditionKind.DutchLevelNotReached"/>: the level still to pass.</param>
/// <param name="Hours">For <see cref="MissingConditionKind.ParticipationHoursMissing"/>: the hours still to do.</param>
/// <param name="DueOn">A deadline that applies to the condition, if any.</param>
public sealed record MissingCondition(MissingConditionKind Kind, CefrLevel? Level = null, decimal? Hours = null, DateOnly? DueOn = null);

/// <summary>Why the attest cannot be issued yet: every condition still missing, none left out.</summary>
public sealed record CertificateProgress(IReadOnlyList<MissingCondition> Missing)
{
    public bool Complete => Missing.Count == 0;
}
