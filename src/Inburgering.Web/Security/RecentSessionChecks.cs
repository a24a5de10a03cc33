using System.Collections.Concurrent;
using Inburgering.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Inburgering.Web.Security;

/// <summary>
/// The sessions this instance found valid in the last <see cref="SessionLifetimes.FiguresRecheck"/> (a second), for
/// GETs of <see cref="FiguresOnlyAttribute"/> pages (ADR 0009): such a page then sends no SQL command at all. A session
/// ended or an account changed in this instance is forgotten at once; a session ended in another instance holds here
/// for at most that window, and only for figures.
/// </summary>
public sealed class RecentSessionChecks(TimeProvider time, IOptions<SessionLifetimes> options)
{
    /// <summary>Far above the sessions active in one second; beyond it the expired entries are swept.</summary>
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<Guid, (string UserId, DateTime ValidUntilUtc)> _checks = new();

    public bool Holds(Guid sessionId, string? userId) =>
        _checks.TryGetValue(sessionId, out var check) && check.UserId == userId && time.UtcNow() < check.ValidUntilUtc;

    /// <summary>
    /// The session was valid now; it holds here until the window passes or its absolute end, whichever is first (the
    /// request itself is activity, so the idle timeout cannot fall in the window).
    /// </summary>
    public void Valid(Guid sessionId, string userId, DateTime endsAtUtc)
    {
        var window = options.Value.FiguresRecheck;
        if (window <= TimeSpan.Zero)
        {
            return;
        }

        var now = time.UtcNow();
        if (_checks.Count > SweepAbove)
        {
            foreach (var (id, check) in _checks)
            {
                if (check.ValidUntilUtc <= now)
                {
                    _checks.TryRemove(id, out _);
                }
            }
        }

        var windowEnd = now + window;
        _checks[sessionId] = (userId, endsAtUtc < windowEnd ? endsAtUtc : windowEnd);
    }

    public void Ended(Guid sessionId) => _checks.TryRemove(sessionId, out _);

    public void EndedAllOf(string userId)
    {
        foreach (var (id, check) in _checks)
        {
            if (check.UserId == userId)
            {
                _checks.TryRemove(id, out _);
            }
        }
    }
}
