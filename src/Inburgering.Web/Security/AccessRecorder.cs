using System.Security.Claims;
using Inburgering.Data.Audit;
using Inburgering.Domain.Newcomers;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Reporting;

namespace Inburgering.Web.Security;

/// <summary>
/// Writes the access log: every read of a person's data by whom, in which role and organisation, what and why.
/// The purpose follows from the reader's relation to the dossier (the access rules allow no other reads).
/// </summary>
public sealed class AccessRecorder(AppDbContext db, TimeProvider time, FigureSnapshots snapshots)
{
    public Task RecordAsync(ClaimsPrincipal user, AccessKind kind, IReadOnlyCollection<NewcomerId> newcomers, CancellationToken cancellationToken) =>
        WriteAsync(user, kind, newcomers, counted: null, cancellationToken);

    /// <summary>
    /// One read, with the reader's earlier reads already counted (<see cref="UnusualReading.Counted"/>) in the page's
    /// own query: the access log is then a single command.
    /// </summary>
    public Task RecordAsync(ClaimsPrincipal user, AccessKind kind, NewcomerId newcomer, int counted, CancellationToken cancellationToken) =>
        WriteAsync(user, kind, [newcomer], counted, cancellationToken);

    private async Task WriteAsync(ClaimsPrincipal user, AccessKind kind, IReadOnlyCollection<NewcomerId> newcomers, int? counted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(newcomers);
        if (newcomers.Count == 0 || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return;
        }

        var now = time.UtcNow();
        var (role, purpose) = user.IsInRole(Roles.Newcomer) ? (Roles.Newcomer, AccessPurpose.OwnData)
            : user.IsInRole(Roles.CaseWorker) ? (Roles.CaseWorker, AccessPurpose.Guidance)
            : user.IsInRole(Roles.Partner) ? (Roles.Partner, AccessPurpose.Referral)
            : (Roles.Coordinator, AccessPurpose.Supervision);
        var unusual = role != Roles.Newcomer && (counted is { } earlier
            ? UnusualReading.Exceeds(kind, earlier, newcomers.Count)
            : await UnusualReading.IsUnusualAsync(db, userId, kind, newcomers.Count, now, cancellationToken));
        foreach (var id in newcomers)
        {
            db.AccessLog.Add(AccessLogEntry.Record(id, kind, purpose, userId, user.DisplayName(), role, user.Agency(), now, unusual));
        }

        await db.SaveChangesAsync(cancellationToken);
        if (unusual && user.Agency() is { } agency)
        {
            // The coordinators' list on this instance shows it at once; other instances count theirs within the minute.
            snapshots.UnusualReadingRecorded(agency);
        }
    }

    /// <summary>A list is a search once someone typed a name or number: the people it returned were looked up.</summary>
    public Task RecordSearchAsync(ClaimsPrincipal user, Pages.Caseload.CaseloadFilter filter, Pages.Caseload.CaseloadPage result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(result);
        return string.IsNullOrWhiteSpace(filter.Search)
            ? Task.CompletedTask
            : RecordAsync(user, AccessKind.Search, [.. result.Rows.Select(r => r.Id)], cancellationToken);
    }

    public Task RecordAsync(ClaimsPrincipal user, AccessKind kind, NewcomerId newcomer, CancellationToken cancellationToken) =>
        RecordAsync(user, kind, [newcomer], cancellationToken);
}
