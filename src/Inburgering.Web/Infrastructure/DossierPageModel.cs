using Inburgering.Data.Audit;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Inburgering.Web.Infrastructure;

/// <summary>A page about one dossier (route {id}); <see cref="DossierFilter"/> has checked access before any handler runs.</summary>
public abstract class DossierPageModel : FormPageModel
{
    public CurrentDossier Dossier { get; internal set; } = null!;

    /// <summary>What showing this page reads, for the access log.</summary>
    public virtual AccessKind ReadKind => AccessKind.Dossier;

    /// <summary>Whether a coordinator of the dossier's agency may post this page too (changes are the case worker's otherwise).</summary>
    public virtual bool CoordinatorMayChange => false;

    /// <summary>Back to the dossier after a change (post-redirect-get), with a confirmation shown once.</summary>
    protected RedirectToPageResult BackToDossier(string? confirmation = null, string? section = null)
    {
        if (confirmation is not null)
        {
            TempData[StatusMessage.Key] = confirmation;
        }

        return RedirectToPage("/Dossiers/Index", pageHandler: null, new { id = Dossier.Id.Value }, section);
    }
}
