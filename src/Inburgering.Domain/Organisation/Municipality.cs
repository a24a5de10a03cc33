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

    public Agency Agency => NisCode switch
    {
        AntwerpCity => Agency.Atlas,
        GhentCity => Agency.Amal,
        _ => Region == Region.Brussels ? Agency.Bon : Agency.AgII,
    };
}
