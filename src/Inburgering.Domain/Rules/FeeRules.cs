namespace Inburgering.Domain.Rules;

/// <summary>
/// The contribution for the paying parts of the trajectory. Source: Inburgeringsdecreet (contribution for MO and NT2),
/// applies to contracts from 1 September 2023 in the Flemish Region: at most €180 for MO and
/// €180 for NT2; guidance, the work track and participation are free; Brussels (Bon) is free; earlier contracts pay nothing.
/// The amounts are the maximum (configurable here, one dated place).
/// </summary>
public sealed record FeeRules(DateOnly AppliesFrom, decimal SocialOrientation, decimal DutchLanguage)
{
    public static readonly IReadOnlyList<FeeRules> History =
    [
        new(DateOnly.MinValue, SocialOrientation: 0m, DutchLanguage: 0m),
        new(new DateOnly(2023, 9, 1), SocialOrientation: 180m, DutchLanguage: 180m),
    ];

    public static FeeRules For(DateOnly contractSignedOn) => History.Last(r => r.AppliesFrom <= contractSignedOn);

    /// <summary>What a contract signed on that day costs for the parts it plans; nothing in Brussels.</summary>
    public static (decimal SocialOrientation, decimal DutchLanguage) Due(DateOnly contractSignedOn, bool brussels, bool socialOrientationPlanned, bool dutchPlanned)
    {
        if (brussels)
        {
            return (0m, 0m);
        }

        var rules = For(contractSignedOn);
        return (socialOrientationPlanned ? rules.SocialOrientation : 0m, dutchPlanned ? rules.DutchLanguage : 0m);
    }
}
