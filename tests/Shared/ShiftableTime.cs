namespace Inburgering.Tests.Shared;

/// <summary>The real clock, moved forward by a test (e.g. past the end of an activation code's 14 days).</summary>
public sealed class ShiftableTime : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
