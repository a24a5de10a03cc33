using System.Security.Claims;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Security;

namespace Inburgering.Web.Pages.Reports;

/// <summary>Which trajectories a report counts: agency, region, period of start, kind. Bound from the query string.</summary>
public sealed class ReportFilter
{
    public Agency? Agency { get; set; }

    public string? Region { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public TrajectoryKind Kind { get; set; }

    /// <summary>A coordinator reports on their own agency only; an admin on any or all.</summary>
    public void LimitTo(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsInRole(Roles.Admin))
        {
            Agency = user.Agency() ?? throw new InvalidOperationException("A coordinator belongs to an agency.");
        }
    }

    public string QueryString(string? handler = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Agency"] = Agency?.ToString(),
            ["Region"] = Region,
            ["From"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["To"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Kind"] = Kind == TrajectoryKind.Integration ? null : Kind.ToString(),
            ["handler"] = handler,
        };
        var parts = values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value!)}").ToList();
        return parts.Count == 0 ? string.Empty : "?" + string.Join("&", parts);
    }

    /// <summary>
    /// The trajectories in scope, for grouping in SQL. A trajectory carries its agency, office and participant's
    /// gender (ADR 0004), so no report joins the dossiers; a region is the set of its offices.
    /// </summary>
    public IQueryable<Trajectory> Items(AppDbContext db, IReadOnlyCollection<Guid> regionOffices)
    {
        ArgumentNullException.ThrowIfNull(db);
        var items = db.Trajectories.Where(t => t.Kind == Kind);
        if (Agency is { } agency)
        {
            items = items.Where(t => t.Agency == agency);
        }

        if (!string.IsNullOrEmpty(Region))
        {
            items = items.Where(t => regionOffices.Contains(t.OfficeId));
        }

        if (From is { } from)
        {
            items = items.Where(t => t.StartedOn >= from);
        }

        if (To is { } to)
        {
            items = items.Where(t => t.StartedOn <= to);
        }

        return items;
    }
}
