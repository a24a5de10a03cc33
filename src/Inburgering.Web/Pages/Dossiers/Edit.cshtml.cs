using FluentValidation;
using Inburgering.Data.Audit;
using Inburgering.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Dossiers;

/// <summary>Changes personal data and residence; a concurrent change by someone else is reported, not overwritten.</summary>
public sealed class EditModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : DossierPageModel
{
    [BindProperty]
    public DossierInput Input { get; set; } = new();

    /// <summary>The form shows the full national register number.</summary>
    public override AccessKind ReadKind => AccessKind.PersonalData;

    /// <summary>The version of the dossier the user started from.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    /// <summary>The values the form showed (JSON), to tell the fields this user changed from the rest.</summary>
    [BindProperty]
    public string? Base { get; set; }

    /// <summary>After a conflict: what the other person changed, next to this user's input.</summary>
    public IReadOnlyList<OtherChange> OtherChanges { get; private set; } = [];

    /// <summary>Set when the new municipality belongs to another agency: the form links to the transfer request for it.</summary>
    public Domain.Organisation.Municipality? TransferTo { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var newcomer = await db.Newcomers.SingleAsync(n => n.Id == Dossier.Id, cancellationToken);
        Input = DossierInput.From(newcomer);
        Version = db.VersionOf(newcomer);
        Base = DossierMerge.Snapshot(Input);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var person = Input.ToPersonalData();
        if (person.NationalRegisterNumber is { } number
            && await db.Newcomers.AnyAsync(n => n.Id != Dossier.Id && n.Person.NationalRegisterNumber == number, cancellationToken))
        {
            ModelState.AddModelError($"Input.{nameof(DossierInput.NationalRegisterNumber)}", localizer["Dossier.NationalRegisterNumberExists"]);
            return Page();
        }

        var newcomer = await db.Newcomers.SingleAsync(n => n.Id == Dossier.Id, cancellationToken);
        var start = DossierMerge.ReadSnapshot(Base);
        var mine = DossierMerge.Changed(start, Input);
        if (db.VersionOf(newcomer) != Version)
        {
            ShowConflict(DossierInput.From(newcomer), db.VersionOf(newcomer), start, mine);
            return Page();
        }

        db.ExpectVersion(newcomer, Version);
        var merged = DossierMerge.Apply(DossierInput.From(newcomer), Input, mine);
        var office = await OfficeAfterMoveAsync(newcomer, merged, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var conflict = new FormConflict("Conflict.DossierMerged", async ct =>
        {
            // Saved by someone else between loading and saving: compare with what is stored now.
            var stored = await db.Newcomers.AsNoTracking().SingleAsync(n => n.Id == Dossier.Id, ct);
            var version = await db.Newcomers.Where(n => n.Id == Dossier.Id).Select(n => EF.Property<Guid>(n, AppDbContext.Version)).SingleAsync(ct);
            ShowConflict(DossierInput.From(stored), version, start, mine);
        });
        var today = time.Today();
        return await writer.SaveAsync(
            this,
            () =>
            {
                newcomer.UpdatePersonalData(merged.ToPersonalData(), today);
                newcomer.UpdateResidence(merged.ToResidence(), today);
                if (office is not null)
                {
                    newcomer.MoveToOffice(office);
                }
            },
            cancellationToken,
            conflict)
            ? BackToDossier(localizer["Dossier.Saved"])
            : Page();
    }

    /// <summary>
    /// A move to another municipality: within the agency's territory the dossier follows to the office that serves it (the
    /// case worker stays until a coordinator reassigns); a municipality of another agency is refused on the field, because
    /// the dossier goes there only when that agency accepts a transfer (ADR 0007; the form links to the request); one that
    /// no office of the agency serves is refused too. Null when the office stays.
    /// </summary>
    private async Task<Domain.Organisation.Office?> OfficeAfterMoveAsync(Domain.Newcomers.Newcomer newcomer, DossierInput merged, CancellationToken cancellationToken)
    {
        var municipality = Domain.Organisation.Municipalities.Find(merged.Municipality);
        if (municipality is null || string.Equals(municipality.Name, newcomer.Person.Municipality, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var field = $"Input.{nameof(DossierInput.Municipality)}";
        if (municipality.Agency != newcomer.Agency)
        {
            ModelState.AddModelError(field, localizer["Error.MunicipalityOtherAgencyMove", municipality.Name, localizer[$"Agency.{municipality.Agency}"]]);
            TransferTo = municipality;
            return null;
        }

        var serving = await ServingOffice.FindAsync(db, municipality, newcomer.Agency, newcomer.OfficeId, cancellationToken);
        if (serving is null)
        {
            ModelState.AddModelError(field, localizer["Error.MunicipalityNoOffice", municipality.Name]);
            return null;
        }

        return serving.Id == newcomer.OfficeId ? null : serving;
    }

    /// <summary>
    /// Shows the stored values with this user's changed fields on top and lists what the other person changed; the
    /// next save starts from the stored version, so it writes only this user's fields.
    /// </summary>
    private void ShowConflict(DossierInput stored, Guid storedVersion, DossierInput? start, IReadOnlyList<string> mine)
    {
        OtherChanges = DossierMerge.OthersChanges(start, stored, Input, mine);
        Input = DossierMerge.Apply(stored, Input, mine);
        Version = storedVersion;
        Base = DossierMerge.Snapshot(stored);
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, localizer["Conflict.DossierMerged"]);
    }
}
