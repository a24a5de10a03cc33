using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inburgering.Web.Pages.Caseload;

/// <summary>"Mijn dossiers": the case worker's own caseload.</summary>
public sealed class IndexModel(AppDbContext db, AccessRecorder recorder, TimeProvider time) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public CaseloadFilter Filter { get; set; } = new();

    public CaseloadPage Result { get; private set; } = new([], 0, null, null);

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A filter value that does not bind (a hand-edited URL) is simply not applied.
        ModelState.Clear();
        if (Filter.Search?.Length > CaseloadFilter.SearchMaxLength)
        {
            Filter.Search = Filter.Search[..CaseloadFilter.SearchMaxLength];
        }

        Today = time.Today();
        Result = await CaseloadQuery.RunAsync(db, db.Newcomers.ReadableBy(User), db.Trajectories, Filter, Today, PageSize, cancellationToken, leaveOutClosed: true);
        await recorder.RecordSearchAsync(User, Filter, Result, cancellationToken);
    }
}
