using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Referrals;

public sealed record ReferralStepRow(ReferralStatus Status, DateOnly On, ReferralActor By, string ByName, string? Note);

/// <summary>A referral as the dossier and Mijn traject show it: where to, its status and each step with who took it.</summary>
public sealed record ReferralRow(
    Guid Id, string Offer, string Organisation, TrackKind Track, string Location, string Municipality, DateOnly StartsOn,
    string? ContactName, string? Phone, string? Email, ReferralStatus Status, DateOnly SentOn, DateOnly StatusOn, decimal ConfirmedHours,
    IReadOnlyList<ReferralStepRow> Steps)
{
    public bool IsClosed => Referral.IsClosedStatus(Status);

    /// <summary>Sent and unanswered past the configured days: shown as overdue.</summary>
    public bool IsOverdue(DateOnly today, int answerDays) => Status == ReferralStatus.Sent && Referral.AnswerDueOn(SentOn, answerDays) < today;

    /// <summary>Steps in the order they were taken (several on one day follow the flow).</summary>
    public IEnumerable<ReferralStepRow> InOrder => Steps.OrderBy(s => s.On).ThenBy(s => (int)s.Status);
}

/// <summary>The referrals section of a dossier.</summary>
public sealed record DossierReferrals(Guid DossierId, IReadOnlyList<ReferralRow> Rows, bool Editable, DateOnly Today, int AnswerDays);

public static class ReferralRowQuery
{
    /// <summary>One SQL command: the person's referrals with offer, organisation and steps, newest first.</summary>
    public static Task<List<ReferralRow>> ForNewcomerAsync(AppDbContext db, Domain.Newcomers.NewcomerId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (from r in db.Referrals.AsNoTracking()
                join o in db.Offers on r.OfferId equals o.Id
                join g in db.Organisations on r.OrganisationId equals g.Id
                where r.NewcomerId == id
                orderby r.SentOn descending, r.Id
                select new ReferralRow(
                    r.Id, o.Title, g.Name, o.Track, o.Location, o.Municipality, o.StartsOn, g.ContactName, g.Phone, g.Email,
                    r.Status, r.SentOn, r.StatusOn, r.ConfirmedHours,
                    r.Steps.Select(s => new ReferralStepRow(s.Status, s.On, s.By, s.ByName, s.Note)).ToList()))
            .ToListAsync(cancellationToken);
    }
}
