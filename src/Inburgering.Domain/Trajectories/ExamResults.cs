namespace Inburgering.Domain.Trajectories;

/// <summary>One sitting of the MO test; pass or fail follows the pass marks valid on its date.</summary>
public sealed class SocialOrientationTestResult
{
    private SocialOrientationTestResult()
    {
    }

    internal SocialOrientationTestResult(Guid id, DateOnly date, int practicalScore, int valuesScore, bool passed)
    {
        Id = id;
        Date = date;
        PracticalScore = practicalScore;
        ValuesScore = valuesScore;
        Passed = passed;
    }

    public Guid Id { get; private set; }

    public DateOnly Date { get; private set; }

    public int PracticalScore { get; private set; }

    public int ValuesScore { get; private set; }

    public bool Passed { get; private set; }
}

/// <summary>One NT2 exam at one level.</summary>
public sealed class DutchExamResult
{
    private DutchExamResult()
    {
    }

    internal DutchExamResult(Guid id, DateOnly date, CefrLevel level, ExamMode mode, bool passed)
    {
        Id = id;
        Date = date;
        Level = level;
        Mode = mode;
        Passed = passed;
    }

    public Guid Id { get; private set; }

    public DateOnly Date { get; private set; }

    public CefrLevel Level { get; private set; }

    public ExamMode Mode { get; private set; }

    public bool Passed { get; private set; }
}
