using Inburgering.Domain.Common;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Rules;

/// <summary>
/// The MO test: 30 practical questions and 11 on norms and values, each part with its own pass mark.
/// Source: Besluit van de Vlaamse Regering van 17 december 2021 (uitvoering inburgeringsdecreet); the
/// values pass mark rose from 6 to 9 on 1 March 2023.
/// </summary>
public sealed record SocialOrientationTestRules(DateOnly AppliesFrom, int PracticalQuestions, int PracticalPassMark, int ValuesQuestions, int ValuesPassMark)
{
    public static readonly IReadOnlyList<SocialOrientationTestRules> History =
    [
        new(new DateOnly(2022, 3, 1), PracticalQuestions: 30, PracticalPassMark: 16, ValuesQuestions: 11, ValuesPassMark: 6),
        new(new DateOnly(2023, 3, 1), PracticalQuestions: 30, PracticalPassMark: 16, ValuesQuestions: 11, ValuesPassMark: 9),
    ];

    public static SocialOrientationTestRules For(DateOnly testDate) =>
        History.LastOrDefault(r => r.AppliesFrom <= testDate)
        ?? throw new DomainException(TrajectoryErrors.NoTestBeforeRules(History[0].AppliesFrom));

    public bool IsPassed(int practicalScore, int valuesScore)
    {
        if (practicalScore < 0 || practicalScore > PracticalQuestions)
        {
            throw new DomainException(TrajectoryErrors.PracticalScoreOutOfRange(PracticalQuestions));
        }

        if (valuesScore < 0 || valuesScore > ValuesQuestions)
        {
            throw new DomainException(TrajectoryErrors.ValuesScoreOutOfRange(ValuesQuestions));
        }

        return practicalScore >= PracticalPassMark && valuesScore >= ValuesPassMark;
    }
}
