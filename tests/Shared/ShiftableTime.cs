namespace Inburgering.Tests.Shared;

/// <summary>
/// The real clock, moved forward by a test (e.g. past the end of an activation code's 14 days), or standing still at
/// <see cref="FrozenAt"/> for a test about "less than a second ago".
/// </summary>
public sealed class ShiftableTime : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public DateTimeOffset? FrozenAt { get; set; }

    public override DateTimeOffset GetUtcNow() => (FrozenAt ?? base.GetUtcNow()) + Offset;

    /// <summary>Stops the clock until the returned handle is disposed (then it runs again without the offset).</summary>
    public IDisposable Freeze()
    {
        FrozenAt = base.GetUtcNow();
        return new Thaw(this);
    }

    private sealed class Thaw(ShiftableTime time) : IDisposable
    {
        public void Dispose()
        {
            time.FrozenAt = null;
            time.Offset = TimeSpan.Zero;
        }
    }
}
