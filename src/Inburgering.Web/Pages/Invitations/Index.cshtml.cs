using Inburgering.Domain.Newcomers;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Invitations;

/// <summary>
/// The case worker creates an activation code for the newcomer and prints the letter. The code is shown
/// only here, once (only its hash is stored); a lost letter means: revoke and create a new one.
/// </summary>
public sealed class IndexModel(AppDbContext db, IStringLocalizer<SharedResource> localizer, TimeProvider time) : PageModel
{
    public string FullName { get; private set; } = string.Empty;

    public string Code { get; private set; } = string.Empty;

    public DateTime ExpiresAtUtc { get; private set; }

    public Uri ActivationAddress { get; private set; } = null!;

    public string? UserName { get; private set; }

    public OfficeContact? Office { get; private set; }

    public sealed record OfficeContact(string Name, string? Address, string? Phone, string? Email);

    public IActionResult OnGet(Guid id) => Redirect($"/Dossiers/{id}");

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var newcomer = await FindAsync(id, cancellationToken);
        if (newcomer is null)
        {
            return NotFound();
        }

        var now = time.UtcNow();
        await RevokeOpenAsync(newcomer.Id, now, cancellationToken);
        var (invitation, code) = Invitation.Create(newcomer.Id, User.UserId(), now);
        db.Invitations.Add(invitation);
        newcomer.RecordInvitationCreated();
        await db.SaveChangesAsync(cancellationToken);

        FullName = newcomer.Person.FullName;
        Code = code;
        ExpiresAtUtc = invitation.ExpiresAtUtc;
        ActivationAddress = new Uri($"{Request.Scheme}://{Request.Host}/Account/Activate");
        UserName = await db.Users.Where(u => u.NewcomerId == newcomer.Id).Select(u => u.UserName).SingleOrDefaultAsync(cancellationToken);
        Office = await db.Offices.Where(o => o.Id == newcomer.OfficeId).Select(o => new OfficeContact(o.Name, o.Address, o.Phone, o.Email)).SingleOrDefaultAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var newcomer = await FindAsync(id, cancellationToken);
        if (newcomer is null)
        {
            return NotFound();
        }

        if (await RevokeOpenAsync(newcomer.Id, time.UtcNow(), cancellationToken))
        {
            newcomer.RecordInvitationRevoked();
            await db.SaveChangesAsync(cancellationToken);
            TempData[StatusMessage.Key] = localizer["Invitation.Revoked"].Value;
        }

        return Redirect($"/Dossiers/{id}#access");
    }

    private async Task<bool> RevokeOpenAsync(NewcomerId newcomerId, DateTime now, CancellationToken cancellationToken)
    {
        var open = (await db.Invitations.Where(i => i.NewcomerId == newcomerId && i.UsedAtUtc == null && i.RevokedAtUtc == null).ToListAsync(cancellationToken))
            .Where(i => i.StateAt(now) == InvitationState.Open)
            .ToList();
        open.ForEach(i => i.Revoke(now));
        return open.Count > 0;
    }

    private Task<Newcomer?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var newcomerId = new NewcomerId(id);
        return db.Newcomers.EditableBy(User).SingleOrDefaultAsync(n => n.Id == newcomerId, cancellationToken);
    }
}
