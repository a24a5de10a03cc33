namespace Inburgering.Domain.Newcomers;

public enum ResidenceStatus
{
    /// <summary>Verzoeker om internationale bescherming.</summary>
    AsylumApplicant,

    /// <summary>Erkend vluchteling.</summary>
    RecognisedRefugee,

    /// <summary>Subsidiaire bescherming.</summary>
    SubsidiaryProtection,

    /// <summary>Tijdelijke bescherming (e.g. people displaced from Ukraine).</summary>
    TemporaryProtection,

    /// <summary>Gezinshereniging with a non-EU sponsor.</summary>
    FamilyReunification,

    /// <summary>Regularisatie.</summary>
    Regularised,

    /// <summary>Another non-EU residence right of more than three months (work, study, ...).</summary>
    OtherResidenceRight,

    /// <summary>EU, EEA or Swiss citizen (or their family) living here under free movement.</summary>
    FreeMovement,

    /// <summary>A stay of one year or less.</summary>
    ShortStay,
}
