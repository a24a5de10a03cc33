namespace Inburgering.Web.Security;

/// <summary>How long a session lives (configuration section <c>Security:Sessions</c>).</summary>
public sealed class SessionLifetimes
{
    public const string Section = "Security:Sessions";

    /// <summary>Staff see many dossiers: a working day at most, and a short pause ends the session.</summary>
    public TimeSpan StaffLifetime { get; set; } = TimeSpan.FromHours(8);

    public TimeSpan StaffIdleTimeout { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>A newcomer sees only their own trajectory, mostly on their own phone.</summary>
    public TimeSpan NewcomerLifetime { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan NewcomerIdleTimeout { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long a GET of a figures-only page may rely on this instance's last check of the session (ADR 0009): an
    /// ended session shows figures for at most this long on another instance. Zero: every request asks the database.
    /// </summary>
    public TimeSpan FiguresRecheck { get; set; } = TimeSpan.FromSeconds(1);

    public (TimeSpan Lifetime, TimeSpan Idle) For(bool newcomer) =>
        newcomer ? (NewcomerLifetime, NewcomerIdleTimeout) : (StaffLifetime, StaffIdleTimeout);
}
