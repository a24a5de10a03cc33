using System.Text.Encodings.Web;
using System.Text.Json;
using Inburgering.Data.Audit;
using Inburgering.Data.Privacy;
using Inburgering.Domain.Organisation;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Privacy;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Inburgering.Web.Pages.MyTrajectory;

/// <summary>"Mijn gegevens": everything the portal holds about the newcomer, readable and printable, and as a JSON file.</summary>
public sealed class DataModel(AppDbContext db, AccessRecorder recorder, IOptions<RetentionOptions> retention, TimeProvider time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    // Names stay readable (é, Arabic, Cyrillic) in the file; it is an attachment, never embedded in a page.
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Why the portal processes the data, in the order the page lists them (GDPR art. 13 and 15.1.a).</summary>
    public static readonly IReadOnlyList<string> Purposes = ["Guidance", "Referral", "Enforcement", "Statistics"];

    public OwnData Data { get; private set; } = null!;

    /// <summary>Which organisations read the newcomer's data, per day (their own reads and refused attempts left out).</summary>
    public IReadOnlyList<AccessDay> Accesses { get; private set; } = [];

    public sealed record AccessDay(Agency Agency, DateOnly Day, int Reads);

    /// <summary>How long the portal keeps the dossier and the access log: the same settings the retention job reads.</summary>
    public RetentionOptions Retention => retention.Value;

    /// <summary>The grounds on which the newcomer may ask to be erased (the administrators' closed list).</summary>
    public static IReadOnlyList<ErasureGround> Grounds => Admin.Erasures.RequestModel.Grounds;

    /// <summary>Every read of the page is recorded, like a case worker's read of the personal data form.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.OwnDossier() is not { } own || !await db.Newcomers.ReadableBy(User).AnyAsync(n => n.Id == own, cancellationToken)
            || await new OwnDataReader(db, localizer).ReadAsync(own, time.Today(), cancellationToken) is not { } data)
        {
            return NotFound();
        }

        Data = data;
        Accesses = await AccessesAsync(own, cancellationToken);
        await recorder.RecordAsync(User, AccessKind.PersonalData, own, cancellationToken);
        return Page();
    }

    /// <summary>The machine-readable copy (GDPR art. 15 and 20); the download is recorded in the history.</summary>
    public async Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken)
    {
        var export = await BuildAsync(cancellationToken);
        if (export is null || User.OwnDossier() is not { } own)
        {
            return NotFound();
        }

        var newcomer = await db.Newcomers.SingleAsync(n => n.Id == own, cancellationToken);
        newcomer.RecordDataExported("json");
        await db.SaveChangesAsync(cancellationToken);
        await recorder.RecordAsync(User, AccessKind.Export, own, cancellationToken);

        var document = new
        {
            exportedAtUtc = export.ExportedAtUtc,
            records = export.Records.Select(r => new { kind = r.Kind, fields = r.Fields }),
            sharedWith = export.SharedWith.Select(s => new { partner = s.Partner.ToString(), date = s.Date, track = s.Track.ToString() }),
        };
        return File(JsonSerializer.SerializeToUtf8Bytes(document, Json), "application/json", $"mijn-gegevens-{export.ExportedAtUtc:yyyyMMdd}.json");
    }

    private async Task<IReadOnlyList<AccessDay>> AccessesAsync(Domain.Newcomers.NewcomerId own, CancellationToken cancellationToken)
    {
        var reads = await db.AccessLog.AsNoTracking()
            .Where(e => e.NewcomerId == own && e.Agency != null && e.Kind != AccessKind.Refused)
            .Select(e => new { Agency = e.Agency!.Value, e.AtUtc })
            .ToListAsync(cancellationToken);
        return [.. reads
            .GroupBy(r => (r.Agency, Day: DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(r.AtUtc, Localization.Format.Brussels))))
            .OrderByDescending(g => g.Key.Day)
            .Select(g => new AccessDay(g.Key.Agency, g.Key.Day, g.Count()))];
    }

    private async Task<PersonalDataExport?> BuildAsync(CancellationToken cancellationToken) =>
        User.OwnDossier() is { } own && await db.Newcomers.ReadableBy(User).AnyAsync(n => n.Id == own, cancellationToken)
            ? await PersonalDataExportBuilder.BuildAsync(db, own, time.UtcNow(), cancellationToken)
            : null;
}
