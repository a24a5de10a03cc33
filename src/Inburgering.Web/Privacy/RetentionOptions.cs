namespace Inburgering.Web.Privacy;

/// <summary>
/// How long the portal keeps what (<c>Privacy:Retention:*</c>); the defaults and why are in docs/security.md.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Privacy:Retention";

    /// <summary>
    /// Years after the last trajectory closed (attest, statement of effort or stop) before the person is anonymised. Five
    /// covers the oral-B1 deadline (24 months after the attest), enforcement and appeals, and a follow-up trajectory.
    /// </summary>
    public int ClosedTrajectoryYears { get; set; } = 5;

    /// <summary>Years an access-log row is kept: long enough to see and contest a read, short enough not to become a second dossier.</summary>
    public int AccessLogYears { get; set; } = 2;

    /// <summary>The daily job runs on the first check after this time of day (Brussels), on one instance.</summary>
    public TimeOnly RunAt { get; set; } = new(2, 30);

    /// <summary>How often an instance looks whether today's run is due (and was not done by another instance).</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromHours(1);

    public bool Enabled { get; set; } = true;
}
