using System.Globalization;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Trajectories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Inburgering.Web.Pages.MyTrajectory;

/// <summary>One record of the export: its kind (table) and every stored field with its value.</summary>
public sealed record ExportRecord(string Kind, IReadOnlyDictionary<string, string?> Fields);

/// <summary>Everything the portal holds about one newcomer, grouped for the page and the JSON file.</summary>
public sealed record PersonalDataExport(
    DateTime ExportedAtUtc,
    IReadOnlyList<ExportRecord> Records,
    IReadOnlyList<SharedWith> SharedWith);

/// <param name="Partner">Who the data was shared with (the partner of a referral).</param>
public sealed record SharedWith(Partner Partner, DateOnly Date, TrackKind Track);

/// <summary>
/// GDPR right of access (art. 15): every stored field of the newcomer's records, read from the EF model so that
/// a field added later is exported without anyone remembering to. Referrals (with what was shared with the partner) and
/// notices to the enforcement officer are part of it. Secrets (password hashes, security stamps,
/// the hash of an activation code) are the only fields left out.
/// </summary>
public static class PersonalDataExportBuilder
{
    public static readonly IReadOnlySet<string> Secrets = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(AppUser.PasswordHash),
        nameof(AppUser.SecurityStamp),
        nameof(AppUser.ConcurrencyStamp),
        nameof(Invitation.CodeHash),
    };

    public static async Task<PersonalDataExport?> BuildAsync(AppDbContext db, NewcomerId id, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var newcomer = await db.Newcomers.Include(n => n.Enforcement).SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (newcomer is null)
        {
            return null;
        }

        var records = new List<ExportRecord> { Record(db.Entry(newcomer)) };
        records.AddRange(newcomer.Enforcement.OrderBy(e => e.NotifiedOn).Select(e => Record(db.Entry(e))));
        var account = await db.Users.SingleOrDefaultAsync(u => u.NewcomerId == id, cancellationToken);
        if (account is not null)
        {
            records.Add(Record(db.Entry(account)));
        }

        var office = await db.Offices.SingleAsync(o => o.Id == newcomer.OfficeId, cancellationToken);
        records.Add(Record(db.Entry(office)));
        var caseWorker = await db.Users.Where(u => u.Id == newcomer.CaseWorkerId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        records.Add(new ExportRecord("CaseWorker", new Dictionary<string, string?> { [nameof(AppUser.DisplayName)] = caseWorker }));

        var trajectories = await db.Trajectories.WithChildren().Where(t => t.NewcomerId == id).OrderBy(t => t.StartedOn).ToListAsync(cancellationToken);
        foreach (var trajectory in trajectories)
        {
            records.Add(Record(db.Entry(trajectory)));
            records.AddRange(trajectory.Actions.OrderBy(a => a.Date).Select(a => Record(db.Entry(a))));
            records.AddRange(trajectory.SocialOrientationTests.OrderBy(r => r.Date).Select(r => Record(db.Entry(r))));
            records.AddRange(trajectory.DutchExams.OrderBy(r => r.Date).Select(r => Record(db.Entry(r))));
        }

        var invitations = await db.Invitations.Where(i => i.NewcomerId == id).OrderBy(i => i.CreatedAtUtc).ToListAsync(cancellationToken);
        records.AddRange(invitations.Select(i => Record(db.Entry(i))));
        var referrals = await db.Referrals.Include(r => r.Steps).Where(r => r.NewcomerId == id).OrderBy(r => r.SentOn).ToListAsync(cancellationToken);
        foreach (var referral in referrals)
        {
            records.Add(Record(db.Entry(referral)));
            records.AddRange(referral.Steps.OrderBy(s => s.On).Select(s => Record(db.Entry(s))));
        }

        var history = await db.DossierEvents.Where(e => e.NewcomerId == id).OrderBy(e => e.OccurredAtUtc).ToListAsync(cancellationToken);
        records.AddRange(history.Select(e => Record(db.Entry(e))));

        var shared = trajectories
            .SelectMany(t => t.Actions)
            .Where(a => a.Type == ActionType.Referral && a.Partner is not null && a.Status != ActionStatus.Cancelled)
            .OrderBy(a => a.Date)
            .Select(a => new SharedWith(a.Partner!.Value, a.Date, a.Track))
            .ToList();
        return new PersonalDataExport(nowUtc, records, shared);
    }

    private static ExportRecord Record(EntityEntry entry)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties.Where(p => !Secrets.Contains(p.Metadata.Name)))
        {
            fields[property.Metadata.Name] = Text(property.Metadata, property.CurrentValue);
        }

        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var property in complex.Properties)
            {
                fields[$"{complex.Metadata.Name}.{property.Metadata.Name}"] = Text(property.Metadata, property.CurrentValue);
            }
        }

        return new ExportRecord(entry.Metadata.ClrType.Name, fields);
    }

    /// <summary>The value as stored (a national register number in full, not masked), in an invariant format.</summary>
    private static string? Text(IReadOnlyProperty property, object? value)
    {
        if (value is null)
        {
            return null;
        }

        var stored = property.GetValueConverter()?.ConvertToProvider(value) ?? value;
        return stored switch
        {
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime time => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => stored.ToString(),
        };
    }
}
