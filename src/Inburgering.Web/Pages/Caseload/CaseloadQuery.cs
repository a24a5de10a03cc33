using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Caseload;

// These expressions become SQL: the database's collation orders and compares, so the culture and
// ordinal overloads the analyzers ask for (which EF cannot translate) do not apply.
#pragma warning disable CA1304, CA1309, CA1311, CA1862

public enum CaseloadSort
{
    Name,
    NextDue,
    Number,
}

/// <summary>What the case worker filters the list on; bound from the query string.</summary>
public sealed class CaseloadFilter
{
    public const int SearchMaxLength = 100;

    public string? Search { get; set; }

    public TrackKind? Track { get; set; }

    public TrackStatus? Status { get; set; }

    public bool Overdue { get; set; }

    public bool DueThisWeek { get; set; }

    public Barriers? Barrier { get; set; }

    public ObligationClass? Obligation { get; set; }

    public CaseloadSort Sort { get; set; }

    /// <summary>For coordinators: the dossiers of one case worker of their agency.</summary>
    public string? CaseWorker { get; set; }

    /// <summary>Running trajectories without an action done in the last 30 days (stilgevallen).</summary>
    public bool Stalled { get; set; }

    public bool WithoutIntake { get; set; }

    /// <summary>Missed the report deadline or reported after it ("te laat gemeld").</summary>
    public bool LateReport { get; set; }

    /// <summary>Also the dossiers whose trajectory is closed (attest, statement of effort, stopped); the caseload leaves them out by default.</summary>
    public bool IncludeClosed { get; set; }

    /// <summary>Intakes from this day on (e.g. "intakes this month").</summary>
    public DateOnly? IntakeFrom { get; set; }

    public string? After { get; set; }

    public string? Before { get; set; }

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || Track is not null || Status is not null || Overdue || DueThisWeek || Barrier is not null || Obligation is not null
        || Stalled || WithoutIntake || IntakeFrom is not null || LateReport || IncludeClosed;

    /// <summary>Only the stalled filter (and a case worker): the list the team overview links to, whose count the overview holds.</summary>
    public bool IsStalledOnly => Stalled && string.IsNullOrWhiteSpace(Search) && Track is null && Status is null && !Overdue && !DueThisWeek && Barrier is null
        && Obligation is null && !WithoutIntake && IntakeFrom is null && !LateReport;

    /// <summary>The query string values for links that keep the filter (paging, sorting).</summary>
    public Dictionary<string, string> RouteValues(string? after = null, string? before = null, CaseloadSort? sort = null) => new Dictionary<string, string?>
    {
        ["Filter.Search"] = Search,
        ["Filter.Track"] = Track?.ToString(),
        ["Filter.Status"] = Status?.ToString(),
        ["Filter.Overdue"] = Overdue ? "true" : null,
        ["Filter.DueThisWeek"] = DueThisWeek ? "true" : null,
        ["Filter.Barrier"] = Barrier?.ToString(),
        ["Filter.Obligation"] = Obligation?.ToString(),
        ["Filter.Sort"] = (sort ?? Sort) == CaseloadSort.Name ? null : (sort ?? Sort).ToString(),
        ["Filter.CaseWorker"] = CaseWorker,
        ["Filter.Stalled"] = Stalled ? "true" : null,
        ["Filter.WithoutIntake"] = WithoutIntake ? "true" : null,
        ["Filter.LateReport"] = LateReport ? "true" : null,
        ["Filter.IncludeClosed"] = IncludeClosed ? "true" : null,
        ["Filter.IntakeFrom"] = IntakeFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Filter.After"] = after,
        ["Filter.Before"] = before,
    }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!);
}

public sealed record CaseloadRow(
    NewcomerId Id,
    string Number,
    string FirstName,
    string LastName,
    bool HasTrajectory,
    TrackStatus SocialOrientation,
    TrackStatus DutchLanguage,
    TrackStatus Work,
    TrackStatus Participation,
    DateOnly? NextDueOn,
    TrajectoryStatus? TrajectoryStatus,
    ObligationSchedule Obligations,
    DateOnly? AgencyLetterSentOn,
    DateOnly? ReportDueOn,
    DateOnly? ReportedOn)
{
    public bool IsOverdue(DateOnly today) => NextDueOn < today;

    public ObligationClass ObligationOn(DateOnly today) => Obligations.On(today);

    public ReportDuty ReportDuty(DateOnly today) => ReportDeadlineRule.State(AgencyLetterSentOn, ReportDueOn, ReportedOn, today);
}

public sealed record CaseloadPage(IReadOnlyList<CaseloadRow> Rows, int Total, string? NextCursor, string? PreviousCursor);

/// <summary>
/// The caseload list: dossiers with their integration trajectory (if the intake was done), filtered and
/// sorted in SQL and paged by keyset, so a page costs the same whether the caseload holds 30 or 3,000.
/// </summary>
public static class CaseloadQuery
{
    private static readonly DateOnly NoDueDate = new(9999, 12, 31);

    private sealed class Item
    {
        public required Newcomer N { get; init; }

        public required Trajectory? T { get; init; }

        public required DateOnly Due { get; init; }
    }

    /// <param name="leaveOutClosed">The case worker's own list leaves closed trajectories out unless asked; a coordinator's lists match the team's counts.</param>
    /// <param name="total">The number of matching dossiers when the caller knows it (the team overview's snapshot): not counted again.</param>
    public static async Task<CaseloadPage> RunAsync(IQueryable<Newcomer> newcomers, IQueryable<Trajectory> trajectories, CaseloadFilter filter, DateOnly today, int pageSize, CancellationToken cancellationToken, bool leaveOutClosed = false, int? total = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        newcomers = NewcomerFiltered(newcomers, filter, today);

        // The next thing due is the earliest open action or, while the newcomer has not reported, the report deadline.
        var items =
            from n in newcomers
            join t in trajectories.Where(t => t.Kind == TrajectoryKind.Integration) on n.Id equals t.NewcomerId into joined
            from t in joined.DefaultIfEmpty()
            select new Item
            {
                N = n,
                T = t,
                Due = n.ReportedOn == null && n.ReportDueOn != null && (t == null || t.NextDueOn == null || n.ReportDueOn < t.NextDueOn)
                    ? n.ReportDueOn.Value
                    : t != null && t.NextDueOn != null ? t.NextDueOn.Value : NoDueDate,
            };

        items = Filtered(items, filter, today);
        if (leaveOutClosed && !filter.IncludeClosed)
        {
            items = items.Where(x => x.T == null || x.T.Status == TrajectoryStatus.Running);
        }

        var count = total ?? await items.CountAsync(cancellationToken);

        var backwards = filter.Before is not null && filter.After is null;
        var key = Cursor.Decode(backwards ? filter.Before : filter.After, filter.Sort == CaseloadSort.Name ? 3 : filter.Sort == CaseloadSort.NextDue ? 2 : 1);
        var paged = Ordered(AfterKey(items, filter.Sort, key, backwards), filter.Sort, backwards);

        var rows = await paged.Take(pageSize + 1).Select(x => new CaseloadRow(
                x.N.Id,
                x.N.Number,
                x.N.Person.FirstName,
                x.N.Person.LastName,
                x.T != null,
                x.T != null ? x.T.SocialOrientation.Status : TrackStatus.NotStarted,
                x.T != null ? x.T.DutchLanguage.Status : TrackStatus.NotStarted,
                x.T != null ? x.T.Work.Status : TrackStatus.NotStarted,
                x.T != null ? x.T.Participation.Status : TrackStatus.NotStarted,
                x.Due == NoDueDate ? null : x.Due,
                x.T != null ? x.T.Status : null,
                x.N.Obligations,
                x.N.AgencyLetterSentOn,
                x.N.ReportDueOn,
                x.N.ReportedOn))
            .ToListAsync(cancellationToken);

        var more = rows.Count > pageSize;
        rows = [.. rows.Take(pageSize)];
        if (backwards)
        {
            rows.Reverse();
        }

        var hasNext = backwards ? key is not null : more;
        var hasPrevious = backwards ? more : key is not null;
        return new CaseloadPage(
            rows,
            count,
            hasNext && rows.Count > 0 ? Cursor.Encode(KeyOf(rows[^1], filter.Sort)) : null,
            hasPrevious && rows.Count > 0 ? Cursor.Encode(KeyOf(rows[0], filter.Sort)) : null);
    }

    /// <summary>Conditions on the dossier alone, applied before the join: the class on today and the report deadline.</summary>
    private static IQueryable<Newcomer> NewcomerFiltered(IQueryable<Newcomer> newcomers, CaseloadFilter filter, DateOnly today)
    {
        if (filter.Obligation is { } obligation)
        {
            newcomers = newcomers.Where(ObligationQuery.Is(obligation, today));
        }

        if (filter.WithoutIntake)
        {
            // Someone outside the target group has no intake to do.
            newcomers = newcomers.Where(ObligationQuery.IsNot(ObligationClass.NotInTargetGroup, today));
        }

        if (filter.LateReport)
        {
            newcomers = newcomers.Where(ObligationQuery.ReportedLate(today));
        }

        return newcomers;
    }

    private static IQueryable<Item> Filtered(IQueryable<Item> items, CaseloadFilter filter, DateOnly today)
    {
        foreach (var term in (filter.Search ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(5))
        {
            var lower = term.ToLowerInvariant();
            var number = term.ToUpperInvariant();
            items = items.Where(x => x.N.Person.FirstName.ToLower().Contains(lower) || x.N.Person.LastName.ToLower().Contains(lower) || x.N.Number.Contains(number));
        }

        if (filter.Status is { } status)
        {
            // A track only runs while its trajectory does: after the attest nothing is running any more.
            if (status == TrackStatus.Running)
            {
                items = items.Where(x => x.T != null && x.T.Status == TrajectoryStatus.Running);
            }

            items = filter.Track switch
            {
                TrackKind.SocialOrientation => items.Where(x => x.T != null && x.T.SocialOrientation.Status == status),
                TrackKind.DutchLanguage => items.Where(x => x.T != null && x.T.DutchLanguage.Status == status),
                TrackKind.Work => items.Where(x => x.T != null && x.T.Work.Status == status),
                TrackKind.Participation => items.Where(x => x.T != null && x.T.Participation.Status == status),
                _ => items.Where(x => x.T != null && (x.T.SocialOrientation.Status == status || x.T.DutchLanguage.Status == status || x.T.Work.Status == status || x.T.Participation.Status == status)),
            };
        }

        if (filter.Overdue)
        {
            items = items.Where(x => x.Due < today);
        }

        if (filter.CaseWorker is { Length: > 0 } caseWorker)
        {
            items = items.Where(x => x.N.CaseWorkerId == caseWorker);
        }

        if (filter.Stalled)
        {
            var stalledBefore = today.AddDays(-Team.TeamQuery.StalledAfterDays);
            items = items.Where(x => x.T != null && x.T.Status == TrajectoryStatus.Running && (x.T.LastActionOn ?? x.T.StartedOn) < stalledBefore);
        }

        if (filter.WithoutIntake)
        {
            items = items.Where(x => x.T == null);
        }

        if (filter.IntakeFrom is { } intakeFrom)
        {
            items = items.Where(x => x.T != null && x.T.StartedOn >= intakeFrom);
        }

        if (filter.DueThisWeek)
        {
            var endOfWeek = today.AddDays(((int)DayOfWeek.Sunday - (int)today.DayOfWeek + 7) % 7);
            items = items.Where(x => x.Due >= today && x.Due <= endOfWeek);
        }

        if (filter.Barrier is { } barrier && barrier != Barriers.None)
        {
            items = items.Where(x => x.T != null && (x.T.Intake.Barriers & barrier) == barrier);
        }

        return items;
    }

    // The name order reads the dossier's indexed copies of the name (AppDbContext.SortLastName): the same values as
    // Person.LastName and Person.FirstName, which EF Core 10 cannot index.
    private static IQueryable<Item> AfterKey(IQueryable<Item> items, CaseloadSort sort, string[]? key, bool backwards)
    {
        if (key is null)
        {
            return items;
        }

        // "After" in the list's direction; for the previous page the comparisons flip.
        switch (sort)
        {
            case CaseloadSort.NextDue when DateOnly.TryParse(key[0], System.Globalization.CultureInfo.InvariantCulture, out var due):
                var number = key[1];
                return backwards
                    ? items.Where(x => x.Due < due || (x.Due == due && string.Compare(x.N.Number, number) < 0))
                    : items.Where(x => x.Due > due || (x.Due == due && string.Compare(x.N.Number, number) > 0));
            case CaseloadSort.Number:
                var only = key[0];
                return backwards
                    ? items.Where(x => string.Compare(x.N.Number, only) < 0)
                    : items.Where(x => string.Compare(x.N.Number, only) > 0);
            case CaseloadSort.Name:
                var (last, first, tie) = (key[0], key[1], key[2]);
                return backwards
                    ? items.Where(x => string.Compare(EF.Property<string>(x.N, AppDbContext.SortLastName), last) < 0
                        || (EF.Property<string>(x.N, AppDbContext.SortLastName) == last && (string.Compare(EF.Property<string>(x.N, AppDbContext.SortFirstName), first) < 0
                            || (EF.Property<string>(x.N, AppDbContext.SortFirstName) == first && string.Compare(x.N.Number, tie) < 0))))
                    : items.Where(x => string.Compare(EF.Property<string>(x.N, AppDbContext.SortLastName), last) > 0
                        || (EF.Property<string>(x.N, AppDbContext.SortLastName) == last && (string.Compare(EF.Property<string>(x.N, AppDbContext.SortFirstName), first) > 0
                            || (EF.Property<string>(x.N, AppDbContext.SortFirstName) == first && string.Compare(x.N.Number, tie) > 0))));
            default:
                return items;
        }
    }

    private static IQueryable<Item> Ordered(IQueryable<Item> items, CaseloadSort sort, bool backwards) => (sort, backwards) switch
    {
        (CaseloadSort.NextDue, false) => items.OrderBy(x => x.Due).ThenBy(x => x.N.Number),
        (CaseloadSort.NextDue, true) => items.OrderByDescending(x => x.Due).ThenByDescending(x => x.N.Number),
        (CaseloadSort.Number, false) => items.OrderBy(x => x.N.Number),
        (CaseloadSort.Number, true) => items.OrderByDescending(x => x.N.Number),
        (_, false) => items.OrderBy(x => EF.Property<string>(x.N, AppDbContext.SortLastName)).ThenBy(x => EF.Property<string>(x.N, AppDbContext.SortFirstName)).ThenBy(x => x.N.Number),
        (_, true) => items.OrderByDescending(x => EF.Property<string>(x.N, AppDbContext.SortLastName)).ThenByDescending(x => EF.Property<string>(x.N, AppDbContext.SortFirstName)).ThenByDescending(x => x.N.Number),
    };

    private static string[] KeyOf(CaseloadRow row, CaseloadSort sort) => sort switch
    {
        CaseloadSort.NextDue => [(row.NextDueOn ?? NoDueDate).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), row.Number],
        CaseloadSort.Number => [row.Number],
        _ => [row.LastName, row.FirstName, row.Number],
    };
}

/// <summary>What the dossier table partial shows: a page of rows, the filter for paging links, and where they go.</summary>
public sealed record DossierTable(CaseloadPage Page, CaseloadFilter Filter, DateOnly Today, string PageName, bool Selectable);
