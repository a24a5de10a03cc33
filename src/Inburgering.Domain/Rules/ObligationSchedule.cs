using Inburgering.Domain.Common;
using Inburgering.Domain.Newcomers;

namespace Inburgering.Domain.Rules;

/// <summary>
/// The obligation class of one person over time, for the facts the dossier holds now. With those facts fixed the
/// class of <see cref="ObligationRule"/> changes only on the birthdays it reads (16, 18 and 65) and on the days the
/// region changed (a move between Flanders and Brussels, <c>Newcomer.RegionChangedOn</c>). Kept as columns (the class
/// at the start and up to three changes, in date order), a list can ask "the class on day D" in SQL and get the rule's
/// own answer. Someone with more than three changes (a person who moves back and forth) keeps the last three: the
/// earlier ones fold into <see cref="Initial"/>, which is then the class just before the earliest kept change, so the
/// schedule is exact from that day on. Lists only ask about today; a question about an earlier day goes through
/// <c>Newcomer.Obligation(on)</c>, which asks the rule itself. No rule of its own: source and "applies from" are
/// <see cref="ObligationRule"/>'s.
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

    /// <summary>The most class changes the columns hold; earlier ones fold into <see cref="Initial"/>.</summary>
    public const int MaxChanges = 3;

    /// <summary>For someone who lived in one region all along (no recorded move).</summary>
    public static ObligationSchedule For(PersonalData person, Residence residence, bool livesInBrussels, DateOnly? contractSignedOn) =>
        For(person, residence, _ => livesInBrussels, contractSignedOn, []);

    /// <summary>Evaluates the rule on each day where it can change (the birthdays, the region changes) and keeps the days it does.</summary>
    /// <param name="livesInBrusselsOn">The region on a day (<c>Newcomer.RegionOn</c>): Brussels makes the class voluntary.</param>
    /// <param name="regionChangedOn">The days the region changed: the class can change there too.</param>
    public static ObligationSchedule For(PersonalData person, Residence residence, Func<DateOnly, bool> livesInBrusselsOn, DateOnly? contractSignedOn, IEnumerable<DateOnly> regionChangedOn)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(residence);
        ArgumentNullException.ThrowIfNull(livesInBrusselsOn);
        ArgumentNullException.ThrowIfNull(regionChangedOn);
        ObligationClass ClassOn(DateOnly day) => ObligationRule.Assess(person, residence, livesInBrusselsOn(day), day, contractSignedOn).Class;

        var candidates = ObligationRule.AgesThatChangeTheClass
            .Select(age => Age.Birthday(person.BirthDate, age))
            .Concat(regionChangedOn.Where(day => day > person.BirthDate))
            .Distinct()
            .Order();
        var changes = new List<(DateOnly From, ObligationClass Class)>();
        var current = ClassOn(person.BirthDate);
        var initial = current;
        foreach (var day in candidates)
        {
            var next = ClassOn(day);
            if (next != current)
            {
                changes.Add((day, next));
                current = next;
            }
        }

        if (changes.Count > MaxChanges)
        {
            initial = changes[^(MaxChanges + 1)].Class;
            changes = changes[^MaxChanges..];
        }

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

    /// <summary>The day the class of <paramref name="date"/> began: the latest change on or before it; null when it holds from the start.</summary>
    public DateOnly? LastChangeOnOrBefore(DateOnly date) =>
        FourthFrom <= date ? FourthFrom
        : ThirdFrom <= date ? ThirdFrom
        : SecondFrom <= date ? SecondFrom
        : null;

    /// <summary>The next day after <paramref name="date"/> on which the class changes, if any.</summary>
    public (DateOnly On, ObligationClass Class)? NextChangeAfter(DateOnly date) =>
        SecondFrom > date ? (SecondFrom.Value, Second!.Value)
        : ThirdFrom > date ? (ThirdFrom.Value, Third!.Value)
        : FourthFrom > date ? (FourthFrom.Value, Fourth!.Value)
        : null;
}
