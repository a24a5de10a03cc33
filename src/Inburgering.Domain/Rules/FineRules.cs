using Inburgering.Domain.Organisation;

namespace Inburgering.Domain.Rules;

/// <summary>
/// The administrative fine for an obligated newcomer who does not comply: €50–€5,000 in the Flemish Region,
/// €100–€2,500 in Brussels; after a fine the obligation stays. Source: Inburgeringsdecreet (handhaving), the Brussels
/// ordinance for Bon. The ranges are configurable here, one dated place.
/// </summary>
public sealed record FineRules(DateOnly AppliesFrom, decimal FlemishMinimum, decimal FlemishMaximum, decimal BrusselsMinimum, decimal BrusselsMaximum)
{
    public static readonly IReadOnlyList<FineRules> History =
    [
        new(new DateOnly(2022, 3, 1), FlemishMinimum: 50m, FlemishMaximum: 5000m, BrusselsMinimum: 100m, BrusselsMaximum: 2500m),
    ];

    public static FineRules For(DateOnly date) => History.LastOrDefault(r => r.AppliesFrom <= date) ?? History[0];

    /// <summary>The range where the newcomer lives: the Brussels ordinance applies in the Brussels-Capital Region.</summary>
    public (decimal Minimum, decimal Maximum) RangeFor(Region region) =>
        region == Region.Brussels ? (BrusselsMinimum, BrusselsMaximum) : (FlemishMinimum, FlemishMaximum);
}
