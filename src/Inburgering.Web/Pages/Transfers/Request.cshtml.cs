using FluentValidation;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Transfers;

/// <summary>
/// The sending agency asks another agency to take the dossier over after a move (ADR 0007): the dossier's case worker
/// or a coordinator of its agency, with the new municipality (one another agency serves), the move date and a reason.
/// </summary>
public sealed class RequestModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : DossierPageModel
{
    [BindProperty]
    public TransferInput Input { get; set; } = new();

    /// <summary>The municipalities other agencies serve, by province: a move within the agency is an edit, not a transfer.</summary>
    public IReadOnlyList<(string Province, List<Domain.Organisation.Municipality> Names)> Choices { get; private set; } = [];

    public override bool CoordinatorMayChange => true;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await DescribeAsync(cancellationToken);
        Input = new TransferInput { Municipality = Request.Query["municipality"].FirstOrDefault() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var newcomer = await db.Newcomers.SingleAsync(n => n.Id == Dossier.Id, cancellationToken);
        var open = await db.AgencyTransfers.Where(t => t.NewcomerId == Dossier.Id && t.State == TransferState.Requested).ToListAsync(cancellationToken);
        var today = time.Today();
        return await writer.SaveAsync(
            this,
            () => db.AgencyTransfers.Add(AgencyTransfer.Request(newcomer, Input.Municipality!, Input.MovedOn!.Value, Input.Reason, User.UserId(), open, today)),
            cancellationToken)
            ? BackToDossier(localizer["Transfer.Requested", localizer[$"Agency.{Municipalities.Find(Input.Municipality)!.Agency}"]])
            : await RedisplayAsync(cancellationToken);
    }

    public override async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        await DescribeAsync(cancellationToken);
        return Page();
    }

    private async Task DescribeAsync(CancellationToken cancellationToken)
    {
        var agency = await db.Newcomers.Where(n => n.Id == Dossier.Id).Select(n => n.Agency).SingleAsync(cancellationToken);
        Choices = [.. Municipalities.ByProvince()
            .Select(g => (g.Key, g.Where(m => m.Agency != agency).ToList()))
            .Where(g => g.Item2.Count > 0)];
    }

    public sealed class TransferInput
    {
        public string? Municipality { get; set; }

        public DateOnly? MovedOn { get; set; }

        public string Reason { get; set; } = string.Empty;
    }

    /// <summary>Shape only: the list, the agency and the dates are the domain's rules (<see cref="AgencyTransfer.Request"/>).</summary>
    public sealed class TransferValidator : AbstractValidator<TransferInput>
    {
        public TransferValidator()
        {
            RuleFor(x => x.Municipality).NotEmpty();
            RuleFor(x => x.MovedOn).NotNull();
            RuleFor(x => x.Reason).NotEmpty().MaximumLength(AgencyTransfer.ReasonMaxLength);
        }
    }
}
