namespace Inburgering.Domain.Organisation;

/// <summary>The region a municipality lies in: the obligation, the fee and the fine range differ between them.</summary>
public enum Region
{
    Flanders,
    Brussels,
}

/// <summary>
/// A Flemish or Brussels municipality (gemeente) with its NIS code. The province, the region and the agency that
/// serves it follow from the code: the city of Antwerp is Atlas, the city of Ghent In-Gent (Amal), the 19 Brussels
/// municipalities Bon, every other Flemish municipality AgII through the office of its province.
/// </summary>
/// <summary>
/// How far from a person's municipality an offer may be: without geocoding, proximity follows the administrative
/// hierarchy in the NIS code, not kilometres (the Brussels-Capital Region is its own arrondissement and province).
/// </summary>
public enum AdministrativeRadius
{
    Municipality,
    Arrondissement,
    Province,
    Anywhere,
}

public sealed record Municipality(string NisCode, string Name)
{
    private const string AntwerpCity = "11002";
    private const string GhentCity = "44021";

    public Region Region => NisCode.StartsWith("21", StringComparison.Ordinal) ? Region.Brussels : Region.Flanders;

    /// <summary>The province (Dutch name, as the offices' regions use it); the Brussels-Capital Region has none.</summary>
    public string Province => NisCode[..2] switch
    {
        "21" => "Brussel",
        "23" or "24" => "Vlaams-Brabant",
        _ => NisCode[0] switch
        {
            '1' => "Antwerpen",
            '3' => "West-Vlaanderen",
            '4' => "Oost-Vlaanderen",
            '7' => "Limburg",
            _ => throw new InvalidOperationException($"NIS code {NisCode} is not Flemish or Brussels."),
        },
    };

    /// <summary>The administrative arrondissement: the first two digits of the REFNIS code (21 is the Brussels-Capital Region).</summary>
    public string Arrondissement => NisCode[..2];

    /// <summary>
    /// The starts of the NIS codes within <paramref name="radius"/> of this municipality, so "near" is one or two
    /// LIKE prefixes in SQL: the province of Antwerp is 1xxxx, Vlaams-Brabant 23xxx and 24xxx, Brussels 21xxx.
    /// </summary>
    public IReadOnlyList<string> CodePrefixes(AdministrativeRadius radius) => radius switch
    {
        AdministrativeRadius.Municipality => [NisCode],
        AdministrativeRadius.Arrondissement => [Arrondissement],
        AdministrativeRadius.Province => Province switch
        {
            "Brussel" => ["21"],
            "Vlaams-Brabant" => ["23", "24"],
            _ => [NisCode[..1]],
        },
        _ => [],
    };

    /// <summary>The closest radius that holds <paramref name="other"/> (a NIS code), so a result can say how near it is.</summary>
    public AdministrativeRadius RadiusOf(string? other) =>
        other is null ? AdministrativeRadius.Anywhere
        : Enum.GetValues<AdministrativeRadius>().FirstOrDefault(r => r != AdministrativeRadius.Anywhere && CodePrefixes(r).Any(p => other.StartsWith(p, StringComparison.Ordinal)), AdministrativeRadius.Anywhere);

    public Agency Agency => NisCode switch
    {
        AntwerpCity => Agency.Atlas,
        GhentCity => Agency.Amal,
        _ => Region == Region.Brussels ? Agency.Bon : Agency.AgII,
    };
}
