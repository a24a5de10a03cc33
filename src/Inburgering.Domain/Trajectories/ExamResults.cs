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

    internal DutchExamResult(Guid id, DateOnly date, CefrLevel level, ExamMode mode, bool passed, ExamRecorder? recordedBy)
    {
        Id = id;
        Date = date;
        Level = level;
        Mode = mode;
        Passed = passed;
        RecordedBy = recordedBy?.Name;
        ReferralId = recordedBy?.ReferralId;
    }

    public Guid Id { get; private set; }

    public DateOnly Date { get; private set; }

    public CefrLevel Level { get; private set; }

    public ExamMode Mode { get; private set; }

    public bool Passed { get; private set; }

    /// <summary>Who recorded it: the case worker, or the NT2 school's staff member and school (null for older results).</summary>
    public string? RecordedBy { get; private set; }

    /// <summary>The referral through which the NT2 school recorded it; null when the case worker did.</summary>
    public Guid? ReferralId { get; private set; }
}

/// <summary>Who records an exam result: a name for the dossier, and the referral when the school records it.</summary>
public sealed record ExamRecorder(string Name, Guid? ReferralId = null)
{
    public const int NameMaxLength = 300;
}
