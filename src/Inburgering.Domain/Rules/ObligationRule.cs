using Inburgering.Domain.Common;
using Inburgering.Domain.Newcomers;

namespace Inburgering.Domain.Rules;

/// <summary>
/// Who must, may or need not follow an integration trajectory, on a given day.
/// Source: Flemish integration decree of 7 June 2013 (Inburgeringsdecreet), as amended by the
/// decree of 29 January 2021, in force 1 March 2022 (applies from); Brussels: Bon, voluntary.
/// The class is asked per day: someone obligated at the contract who reaches 65 is exempt from that birthday on,
/// everywhere (badge, lists, attest, B1 deadline, participation). <see cref="ObligationSchedule"/> stores the answer over time.
/// </summary>
public static class ObligationRule
{
    /// <summary>Asylum applicants left the target group for contracts from this date (earlier signers may continue).</summary>
    public static readonly DateOnly AsylumApplicantsExcludedFrom = new(2022, 3, 1);

    public const int AdultAge = 18;

    /// <summary>16- and 17-year-olds get central guidance and may take part; younger children are out of scope.</summary>
    public const int MinimumAge = 16;

    public const int ExemptFromAge = 65;

    /// <summary>The rule reads no other date that moves with time: on these birthdays (and only there) the class can change.</summary>
    public static readonly IReadOnlyList<int> AgesThatChangeTheClass = [MinimumAge, AdultAge, ExemptFromAge];

    public static ObligationAssessment Assess(PersonalData person, Residence residence, bool livesInBrussels, DateOnly today, DateOnly? contractSignedOn = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(residence);

        var age = Age.InYears(person.BirthDate, today);
        if (age < MinimumAge)
        {
            return new(ObligationClass.NotInTargetGroup, ObligationReason.TooYoung);
        }

        if (residence.Status == ResidenceStatus.ShortStay)
        {
            return new(ObligationClass.NotInTargetGroup, ObligationReason.ShortStay);
        }

        if (residence.Status == ResidenceStatus.AsylumApplicant)
        {
            return contractSignedOn < AsylumApplicantsExcludedFrom
                ? new(ObligationClass.Entitled, ObligationReason.AsylumApplicantContractBeforeCutOff)
                : new(ObligationClass.NotInTargetGroup, ObligationReason.AsylumApplicant);
        }

        if (age < AdultAge)
        {
            return new(ObligationClass.Entitled, ObligationReason.Minor);
        }

        if (age >= ExemptFromAge)
        {
            return new(ObligationClass.Exempt, ObligationReason.AgedOver65);
        }

        if (person.PermanentlyUnable)
        {
            return new(ObligationClass.Exempt, ObligationReason.PermanentlyUnable);
        }

        // Free movement: an EU/EEA/Swiss citizen can never be obligated, whatever the residence status says.
        if (Nationality.HasFreeMovement(person.Nationality) || residence.Status == ResidenceStatus.FreeMovement)
        {
            return new(ObligationClass.Entitled, ObligationReason.FreeMovementCitizen);
        }

        if (residence.Status == ResidenceStatus.TemporaryProtection)
        {
            return new(ObligationClass.Entitled, ObligationReason.TemporaryProtection);
        }

        if (livesInBrussels)
        {
            return new(ObligationClass.Entitled, ObligationReason.Brussels);
        }

        return new(ObligationClass.Obligated, ObligationReason.NonEuResidenceRight);
    }
}
