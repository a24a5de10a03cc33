using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Transfers;

/// <summary>The receiving coordinator's list: transfers other agencies asked to this agency, waiting for an answer.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<PendingTransfer> Pending { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Pending = await PendingTransfers.To(db, User.Agency()).ToListAsync(cancellationToken);
}
