namespace Inburgering.Domain.Organisation;

/// <summary>The agencies that run integration trajectories, each for its own territory.</summary>
public enum Agency
{
    /// <summary>Agentschap Integratie en Inburgering: Flanders outside Antwerp and Ghent.</summary>
    AgII,

    /// <summary>Atlas: the city of Antwerp.</summary>
    Atlas,

    /// <summary>Amal / In-Gent: the city of Ghent.</summary>
    Amal,

    /// <summary>Bon: Brussels, where taking part is voluntary.</summary>
    Bon,
}
