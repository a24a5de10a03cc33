using Inburgering.Data.Audit;
using Inburgering.Domain.Newcomers;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Security;

/// <summary>
/// When a staff member's reading is out of the ordinary, for the coordinator to look at (not to block: a case
/// worker preparing a busy day reads a lot). The thresholds sit well above a full caseload (about 30 dossiers).
/// </summary>
public static class UnusualReading
{
    /// <summary>Distinct dossiers a staff member opens within an hour before their reads are flagged.</summary>
    public const int DossiersPerHour = 40;

    /// <summary>Views of the personal data form (full national register number) within ten minutes.</summary>
    public const int PersonalDataPerTenMinutes = 10;

    /// <summary>Attempts to open dossiers outside one's access within an hour.</summary>
    public const int RefusedPerHour = 5;

    public static async Task<bool> IsUnusualAsync(AppDbContext db, string userId, AccessKind kind, int adding, DateTime now, CancellationToken cancellationToken) =>
        kind != AccessKind.Search && Exceeds(kind, await Counted(db, userId, kind, now).CountAsync(cancellationToken), adding);

    /// <summary>
    /// The reader's earlier reads that the threshold for <paramref name="kind"/> counts, as a query: a page may count
    /// them in its own command (a round trip less on a database server) and pass the count to <see cref="Exceeds"/>.
    /// </summary>
    public static IQueryable<NewcomerId> Counted(AppDbContext db, string userId, AccessKind kind, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        var hourAgo = now.AddHours(-1);
        var mine = db.AccessLog.Where(e => e.UserId == userId);
        return kind switch
        {
            AccessKind.PersonalData => mine.Where(e => e.Kind == AccessKind.PersonalData && e.AtUtc > now.AddMinutes(-10)).Select(e => e.NewcomerId),
            AccessKind.Refused => mine.Where(e => e.Kind == AccessKind.Refused && e.AtUtc > hourAgo).Select(e => e.NewcomerId),
            AccessKind.Search => mine.Where(e => false).Select(e => e.NewcomerId),
            _ => mine.Where(e => e.AtUtc > hourAgo && e.Kind != AccessKind.Search && e.Kind != AccessKind.Refused).Select(e => e.NewcomerId).Distinct(),
        };
    }

    /// <summary>Whether <paramref name="adding"/> reads more, on top of the <paramref name="counted"/> ones, are unusual.</summary>
    public static bool Exceeds(AccessKind kind, int counted, int adding) => kind switch
    {
        AccessKind.PersonalData => counted + adding > PersonalDataPerTenMinutes,
        AccessKind.Refused => counted + adding > RefusedPerHour,
        AccessKind.Search => false,
        _ => counted + adding > DossiersPerHour,
    };
}
