using Inburgering.Data.Audit;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Pages.Team;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Transfers;

/// <summary>
/// The receiving agency's coordinator accepts a transfer (to an office that serves the new municipality and a case
/// worker of the agency) or refuses it with a reason; each after a confirmation step. Before the answer the page shows
/// only the request (<see cref="PendingTransfer"/>); a transfer to another agency, or one already answered, is not found.
/// </summary>
public sealed class DecideModel(AppDbContext db, FormWriter writer, AccessRecorder recorder, IStringLocalizer<SharedResource> localizer, TimeProvider time) : FormPageModel
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public PendingTransfer Transfer { get; private set; } = null!;

    public IReadOnlyList<Office> Offices { get; private set; } = [];

    public IReadOnlyList<CaseWorkerOption> CaseWorkers { get; private set; } = [];

    /// <summary>Set on the confirmation step: which answer is about to be saved (nothing is saved yet).</summary>
    public string? Confirming { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid transferId, CancellationToken cancellationToken)
    {
        if (!await DescribeAsync(transferId, cancellationToken))
        {
            return NotFound();
        }

        // The receiving coordinator read who asks to be taken on: part of the dossier's access log (GDPR art. 5(2)).
        await recorder.RecordAsync(User, AccessKind.Search, Transfer.NewcomerId, cancellationToken);
        return Page();
    }

    /// <summary>A post without an answer (no handler) decides nothing: back to the request, or not found.</summary>
    public async Task<IActionResult> OnPostAsync(Guid transferId, CancellationToken cancellationToken) =>
        await DescribeAsync(transferId, cancellationToken) ? RedirectToPage(new { transferId }) : NotFound();

    public async Task<IActionResult> OnPostAcceptAsync(Guid transferId, CancellationToken cancellationToken)
    {
        if (!await DescribeAsync(transferId, cancellationToken))
        {
            return NotFound();
        }

        var caseWorker = CaseWorkers.SingleOrDefault(c => c.Id == Input.CaseWorker);
        var office = Offices.SingleOrDefault(o => o.Id == Input.Office);
        if (office is null)
        {
            ModelState.AddModelError("Input.Office", localizer["Transfer.ChooseOffice"]);
        }

        if (caseWorker is null)
        {
            ModelState.AddModelError("Input.CaseWorker", localizer["Transfer.ChooseCaseWorker"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!Input.Confirmed)
        {
            Confirming = nameof(OnPostAcceptAsync);
            return Page();
        }

        var transfer = await db.AgencyTransfers.SingleAsync(t => t.Id == transferId, cancellationToken);
        var newcomer = await db.Newcomers.SingleAsync(n => n.Id == transfer.NewcomerId, cancellationToken);
        // Read only (its id and agency): the office need not be tracked.
        var target = office!;
        var today = time.Today();
        if (!await writer.SaveDossierAsync(this, newcomer.Id, () => transfer.Accept(newcomer, target, caseWorker!.Id, User.UserId(), today), cancellationToken))
        {
            return Page();
        }

        TempData[StatusMessage.Key] = localizer["Transfer.Accepted", Transfer.FullName, target.Name, caseWorker!.Name].Value;
        return RedirectToPage("/Dossiers/Index", new { id = newcomer.Id.Value });
    }

    public async Task<IActionResult> OnPostRefuseAsync(Guid transferId, CancellationToken cancellationToken)
    {
        if (!await DescribeAsync(transferId, cancellationToken))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Input.RefusalReason))
        {
            ModelState.AddModelError("Input.RefusalReason", localizer["Required.Reason"]);
            return Page();
        }

        if (Input.RefusalReason.Length > AgencyTransfer.ReasonMaxLength)
        {
            ModelState.AddModelError("Input.RefusalReason", localizer["Transfer.ReasonTooLong", AgencyTransfer.ReasonMaxLength]);
            return Page();
        }

        if (!Input.Confirmed)
        {
            Confirming = nameof(OnPostRefuseAsync);
            return Page();
        }

        var transfer = await db.AgencyTransfers.SingleAsync(t => t.Id == transferId, cancellationToken);
        var newcomer = await db.Newcomers.SingleAsync(n => n.Id == transfer.NewcomerId, cancellationToken);
        var today = time.Today();
        if (!await writer.SaveDossierAsync(this, newcomer.Id, () => transfer.Refuse(newcomer, Input.RefusalReason, User.UserId(), today), cancellationToken))
        {
            return Page();
        }

        TempData[StatusMessage.Key] = localizer["Transfer.Refused", Transfer.FullName].Value;
        return RedirectToPage("/Transfers/Index");
    }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        Guid.TryParse(RouteData.Values["transferId"]?.ToString(), out var id) && await DescribeAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>False when the transfer is not an open one to this coordinator's agency.</summary>
    private async Task<bool> DescribeAsync(Guid transferId, CancellationToken cancellationToken)
    {
        var agency = User.Agency();
        var transfer = await PendingTransfers.To(db, agency, transferId).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (transfer is null)
        {
            return false;
        }

        Transfer = transfer;
        var municipality = Municipalities.Find(transfer.Municipality);
        var offices = await db.Offices.AsNoTracking().Where(o => o.Agency == agency).OrderBy(o => o.Name).ToListAsync(cancellationToken);
        Offices = [.. offices.Where(o => municipality is not null && o.Serves(municipality))];
        CaseWorkers = await AgencyCaseWorkers.ListAsync(db, agency, cancellationToken);
        return true;
    }

    public sealed class DecisionInput
    {
        public Guid? Office { get; set; }

        public string? CaseWorker { get; set; }

        public string RefusalReason { get; set; } = string.Empty;

        /// <summary>True only from the confirmation step: the first post shows what will happen and saves nothing.</summary>
        public bool Confirmed { get; set; }
    }
}
