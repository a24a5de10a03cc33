using Inburgering.Domain.Common;
using Inburgering.Domain.Newcomers;

namespace Inburgering.Domain.Rules;

/// <summary>
/// The obligation class of one person over time, for the facts the dossier holds now. With those facts fixed the
/// class of <see cref="ObligationRule"/> changes only on the birthdays it reads (16, 18 and 65), so at most four
/// periods: kept as columns, a list can ask "the class on day D" in SQL and get the rule's own answer. No rule of its
/// own: source and "applies from" are <see cref="ObligationRule"/>'s.
/// </summary>
public sealed record ObligationSchedule
{
    public ObligationSchedule(
        ObligationClass initial,
        DateOnly? secondFrom = null,
        ObligationClass? second = null,
        DateOnly? thirdFrom = null,
        ObligationClass? third = null,
        DateOnly? fourthFrom = null,
        ObligationClass? fourth = null)
    {
        Initial = initial;
        SecondFrom = secondFrom;
        Second = second;
        ThirdFrom = thirdFrom;
        Third = third;
        FourthFrom = fourthFrom;
        Fourth = fourth;
    }

    public ObligationClass Initial { get; init; }

    public DateOnly? SecondFrom { get; init; }

    public ObligationClass? Second { get; init; }

    public DateOnly? ThirdFrom { get; init; }

    public ObligationClass? Third { get; init; }

    public DateOnly? FourthFrom { get; init; }

    public ObligationClass? Fourth { get; init; }

    /// <summary>One class for all time: for callers that decided the class themselves (tests, old rows).</summary>
    public static ObligationSchedule Constant(ObligationClass obligation) => new(obligation);

    /// <summary>Evaluates the rule on each birthday where it can change and keeps the days it does.</summary>
    public static ObligationSchedule For(PersonalData person, Residence residence, bool livesInBrussels, DateOnly? contractSignedOn)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(residence);
        ObligationClass ClassOn(DateOnly day) => ObligationRule.Assess(person, residence, livesInBrussels, day, contractSignedOn).Class;

        var changes = new List<(DateOnly From, ObligationClass Class)>();
        var current = ClassOn(person.BirthDate);
        foreach (var age in ObligationRule.AgesThatChangeTheClass)
        {
            var birthday = Age.Birthday(person.BirthDate, age);
            var next = ClassOn(birthday);
            if (next != current)
            {
                changes.Add((birthday, next));
                current = next;
            }
        }

        var initial = ClassOn(person.BirthDate);
        return new ObligationSchedule(
            initial,
            changes.Count > 0 ? changes[0].From : null,
            changes.Count > 0 ? changes[0].Class : null,
            changes.Count > 1 ? changes[1].From : null,
            changes.Count > 1 ? changes[1].Class : null,
            changes.Count > 2 ? changes[2].From : null,
            changes.Count > 2 ? changes[2].Class : null);
    }

    public ObligationClass On(DateOnly date) =>
        FourthFrom <= date ? Fourth!.Value
        : ThirdFrom <= date ? Third!.Value
        : SecondFrom <= date ? Second!.Value
        : Initial;

    /// <summary>The next day after <paramref name="date"/> on which the class changes, if any.</summary>
    public (DateOnly On, ObligationClass Class)? NextChangeAfter(DateOnly date) =>
        SecondFrom > date ? (SecondFrom.Value, Second!.Value)
        : ThirdFrom > date ? (ThirdFrom.Value, Third!.Value)
        : FourthFrom > date ? (FourthFrom.Value, Fourth!.Value)
        : null;
}
