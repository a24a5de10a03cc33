using Inburgering.Data.Audit;
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

    public static async Task<bool> IsUnusualAsync(AppDbContext db, string userId, AccessKind kind, int adding, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var hourAgo = now.AddHours(-1);
        var mine = db.AccessLog.Where(e => e.UserId == userId);
        return kind switch
        {
            AccessKind.PersonalData => await mine.CountAsync(e => e.Kind == AccessKind.PersonalData && e.AtUtc > now.AddMinutes(-10), cancellationToken) + adding > PersonalDataPerTenMinutes,
            AccessKind.Refused => await mine.CountAsync(e => e.Kind == AccessKind.Refused && e.AtUtc > hourAgo, cancellationToken) + adding > RefusedPerHour,
            AccessKind.Search => false,
            _ => await mine.Where(e => e.AtUtc > hourAgo && e.Kind != AccessKind.Search && e.Kind != AccessKind.Refused).Select(e => e.NewcomerId).Distinct().CountAsync(cancellationToken) + adding > DossiersPerHour,
        };
    }
}
