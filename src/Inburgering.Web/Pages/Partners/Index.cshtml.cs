using Inburgering.Domain.Partners;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Pages.Referrals;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Partners;

/// <summary>
/// The referrals sent to the partner's organisation, open ones first by default: the name shared with it, the offer,
/// the status. One SQL command per page (newest first), however many referrals there are.
/// </summary>
public sealed class IndexModel(AppDbContext db, TimeProvider time, IConfiguration configuration) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, string Name, string Offer, ReferralStatus Status, DateOnly SentOn, DateOnly StatusOn, decimal ConfirmedHours);

    /// <summary>Open (default) or closed referrals.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    /// <summary>1-based; one organisation's list stays small enough to page by offset.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool HasNext { get; private set; }

    public DateOnly Today { get; private set; }

    public int AnswerDays { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = time.Today();
        AnswerDays = ReferralRules.AnswerDays(configuration);
        var referrals = db.Referrals.AsNoTracking().ReceivedBy(User);
        referrals = Closed
            ? referrals.Where(r => r.Status == ReferralStatus.Refused || r.Status == ReferralStatus.Attended || r.Status == ReferralStatus.Completed
                || r.Status == ReferralStatus.DroppedOut || r.Status == ReferralStatus.NoShow)
            : referrals.Where(r => r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.Started);
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var rows = await (from r in referrals
                          join o in db.Offers on r.OfferId equals o.Id
                          orderby r.SentOn descending, r.Id descending
                          select new Row(r.Id, r.Shared.FullName, o.Title, r.Status, r.SentOn, r.StatusOn, r.ConfirmedHours))
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        Rows = [.. rows.Take(PageSize)];
        HasNext = rows.Count > PageSize;
    }
}
