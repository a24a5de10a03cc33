using Inburgering.Domain.Rules;

namespace Inburgering.Domain.Trajectories;

/// <summary>
/// Why someone does not pay the contribution for MO and NT2. The brief (domain.md) names "exemption categories" without
/// listing them; these are the social situations the decree's contribution spares (configurable here, one place):
/// an integration income (leefloon) or equivalent aid from the OCMW, an unemployment benefit, a disability allowance,
/// or another ground the agency accepts (its reason is recorded).
/// </summary>
public enum FeeExemption
{
    IntegrationIncome,
    UnemploymentBenefit,
    DisabilityAllowance,
    Other,
}

/// <summary>Where one paying part stands: nothing due, exempt, paid in full, or (partly) still to pay.</summary>
public enum FeeState
{
    Free,
    Exempt,
    Paid,
    Due,
}

/// <summary>One paying part (MO or NT2) of the contract: what <see cref="FeeRules"/> makes due and what was paid.</summary>
public sealed record FeePart(TrackKind Part, decimal Due, decimal Paid, DateOnly? PaidOn, bool Exempt)
{
    public decimal Outstanding => Exempt ? 0m : Math.Max(0m, Due - Paid);

    public FeeState State => Due == 0m ? FeeState.Free : Exempt ? FeeState.Exempt : Paid >= Due ? FeeState.Paid : FeeState.Due;
}

/// <summary>The contribution of one trajectory: the exemption (with its category and reason) and the two paying parts.</summary>
public sealed record FeeStatement(FeeExemption? Exemption, string? ExemptionReason, FeePart SocialOrientation, FeePart DutchLanguage)
{
    public bool AnythingDue => SocialOrientation.Due + DutchLanguage.Due > 0m;

    public FeePart Of(TrackKind part) => part == TrackKind.SocialOrientation ? SocialOrientation : DutchLanguage;
}
