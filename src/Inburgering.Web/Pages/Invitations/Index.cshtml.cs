using Inburgering.Web.Infrastructure;
using Inburgering.Web.Localization;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Invitations;

/// <summary>
/// The case worker creates an activation code for the newcomer and prints the letter. The code is shown
/// only here, once (only its hash is stored); a lost letter means: revoke and create a new one.
/// </summary>
public sealed class IndexModel(AppDbContext db, FormWriter writer, IStringLocalizer<SharedResource> localizer, TimeProvider time) : DossierPageModel
{
    public string Code { get; private set; } = string.Empty;

    public DateTime ExpiresAtUtc { get; private set; }

    public Uri ActivationAddress { get; private set; } = null!;

    public string? UserName { get; private set; }

    public OfficeContact? Office { get; private set; }

    /// <summary>The letter's date (Brussels) and its sender: the case worker who made the code.</summary>
    public DateOnly Dated { get; private set; }

    public string Sender { get; private set; } = string.Empty;

    public sealed record OfficeContact(string Name, string? Address, string? Phone, string? Email);

    public IActionResult OnGet() => BackToDossier();

    /// <param name="reason">Required when the newcomer already has an account: the code resets their password.</param>
    public async Task<IActionResult> OnPostAsync(string? reason, CancellationToken cancellationToken)
    {
        var newcomer = await db.Newcomers.SingleAsync(n => n.Id == Dossier.Id, cancellationToken);
        UserName = await db.Users.Where(u => u.NewcomerId == newcomer.Id).Select(u => u.UserName).SingleOrDefaultAsync(cancellationToken);
        reason = reason is null ? null : CleanText.Normalize(reason.Trim());
        if (UserName is not null && (string.IsNullOrEmpty(reason) || reason.Length > Invitation.ReasonMaxLength || CleanText.Check(reason) != TextProblem.None
            || FormEncodingCheck.InvalidFields(HttpContext).Contains("reason")))
        {
            TempData[StatusMessage.ErrorKey] = localizer["Invitation.ReasonRequired", Invitation.ReasonMaxLength].Value;
            return BackToDossier(section: "access");
        }

        var now = time.UtcNow();
        await RevokeOpenAsync(now, cancellationToken);
        var (invitation, code) = Invitation.Create(newcomer.Id, User.UserId(), User.DisplayName(), UserName is null ? null : reason, now);
        db.Invitations.Add(invitation);
        if (!await writer.SaveOrReportAsync(this, () => newcomer.RecordInvitationCreated(invitation.Reason), cancellationToken))
        {
            return BackToDossier(section: "access");
        }

        Code = code;
        ExpiresAtUtc = invitation.ExpiresAtUtc;
        Dated = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, Format.Brussels));
        Sender = User.DisplayName();
        ActivationAddress = new Uri(Url.PageLink("/Account/Activate")!);
        Office = await db.Offices.Where(o => o.Id == newcomer.OfficeId).Select(o => new OfficeContact(o.Name, o.Address, o.Phone, o.Email)).SingleOrDefaultAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken)
    {
        if (await RevokeOpenAsync(time.UtcNow(), cancellationToken))
        {
            var newcomer = await db.Newcomers.SingleAsync(n => n.Id == Dossier.Id, cancellationToken);
            if (await writer.SaveOrReportAsync(this, () => newcomer.RecordInvitationRevoked(), cancellationToken))
            {
                TempData[StatusMessage.Key] = localizer["Invitation.Revoked"].Value;
            }
        }

        return BackToDossier(section: "access");
    }

    private async Task<bool> RevokeOpenAsync(DateTime now, CancellationToken cancellationToken)
    {
        var open = (await db.Invitations.Where(i => i.NewcomerId == Dossier.Id && i.UsedAtUtc == null && i.RevokedAtUtc == null).ToListAsync(cancellationToken))
            .Where(i => i.StateAt(now) == InvitationState.Open)
            .ToList();
        open.ForEach(i => i.Revoke(now));
        return open.Count > 0;
    }
}
