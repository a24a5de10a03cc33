using FluentValidation;
using Inburgering.Domain.Newcomers;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Pages.Caseload;
using Inburgering.Web.Reporting;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Team;

/// <summary>The coordinator's list of the agency's dossiers (e.g. one case worker's stalled ones) and bulk reassignment.</summary>
public sealed class DossiersModel(AppDbContext db, FormWriter writer, AccessRecorder recorder, TimeProvider time, FigureSnapshots snapshots, IStringLocalizer<SharedResource> localizer) : FormPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public CaseloadFilter Filter { get; set; } = new();

    [BindProperty]
    public ReassignInput Input { get; set; } = new();

    public CaseloadPage Result { get; private set; } = new([], 0, null, null);

    public IReadOnlyList<CaseWorkerOption> CaseWorkers { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return await ShowAsync(cancellationToken);
    }

    /// <summary>Moves the selected dossiers (of this agency) to another case worker of the agency, with the reason.</summary>
    public async Task<IActionResult> OnPostReassignAsync(CancellationToken cancellationToken)
    {
        CaseWorkers = await CaseWorkersAsync(cancellationToken);
        var target = CaseWorkers.SingleOrDefault(c => c.Id == Input.CaseWorker);
        if (target is null)
        {
            ModelState.AddModelError("Input.CaseWorker", localizer["Error.ReassignOutsideAgency"]);
            return await ShowAsync(cancellationToken);
        }

        var office = await db.Offices.SingleAsync(o => o.Id == target.OfficeId, cancellationToken);
        var ids = Input.Selected.Select(id => new NewcomerId(id)).ToList();
        var newcomers = await db.Newcomers.ReadableBy(User).Where(n => ids.Contains(n.Id)).ToListAsync(cancellationToken);
        if (newcomers.Count != ids.Distinct().Count())
        {
            return NotFound();
        }

        var moving = newcomers.Where(n => n.CaseWorkerId != target.Id).ToList();
        if (!await writer.SaveAsync(this, () => moving.ForEach(n => n.AssignTo(target.Id, office, Input.Reason)), cancellationToken))
        {
            return await ShowAsync(cancellationToken);
        }

        TempData[StatusMessage.Key] = localizer["Team.Reassigned", moving.Count, target.Name].Value;
        return Input.ReturnUrl is { } url && Url.IsLocalUrl(url) ? LocalRedirect(url) : RedirectToPage("/Team/Index");
    }

    public override Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        Today = time.Today();
        CaseWorkers = await CaseWorkersAsync(cancellationToken);
        Result = await CaseloadQuery.RunAsync(db.Newcomers.ReadableBy(User), db.Trajectories, Filter, Today, PageSize, cancellationToken, total: await StalledCountAsync(cancellationToken));
        await recorder.RecordSearchAsync(User, Filter, Result, cancellationToken);
        return Page();
    }

    /// <summary>
    /// The stalled list's count as the overview shows it (its snapshot, ADR 0006): counting the agency's stalled
    /// dossiers again for every page cost as much as the page itself at 100,000 newcomers. Null: count in the query.
    /// </summary>
    private async Task<int?> StalledCountAsync(CancellationToken cancellationToken)
    {
        if (!Filter.IsStalledOnly || User.Agency() is not { } agency)
        {
            return null;
        }

        var team = await TeamQuery.SnapshotAsync(snapshots, db, agency, Today, cancellationToken);
        return team.Value.Where(c => Filter.CaseWorker is not { Length: > 0 } one || c.CaseWorkerId == one).Sum(c => c.Stalled);
    }

    private Task<IReadOnlyList<CaseWorkerOption>> CaseWorkersAsync(CancellationToken cancellationToken) =>
        AgencyCaseWorkers.ListAsync(db, User.Agency(), cancellationToken);

    public sealed class ReassignInput
    {
        public List<Guid> Selected { get; set; } = [];

        public string? CaseWorker { get; set; }

        public string Reason { get; set; } = string.Empty;

        public string? ReturnUrl { get; set; }
    }

    public sealed class ReassignValidator : AbstractValidator<ReassignInput>
    {
        public const int MaxDossiers = 500;

        public ReassignValidator(IStringLocalizer<SharedResource> localizer)
        {
            RuleFor(x => x.Selected).NotEmpty().WithMessage(_ => localizer["Team.SelectAtLeastOne"])
                .Must(s => s.Count <= MaxDossiers).WithMessage(_ => localizer["Team.TooMany", MaxDossiers]);
            RuleFor(x => x.CaseWorker).NotEmpty().WithMessage(_ => localizer["Team.ChooseCaseWorker"]);
            RuleFor(x => x.Reason).NotEmpty().MaximumLength(Domain.History.DossierEvent.DetailMaxLength);
        }
    }
}
