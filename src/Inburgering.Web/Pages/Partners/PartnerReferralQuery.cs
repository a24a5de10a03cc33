using System.Security.Claims;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Pages.Referrals;
using Inburgering.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Partners;

/// <summary>A referral as its organisation sees it: the shared copy of the person's data, never the dossier.</summary>
public sealed record PartnerReferralView(
    Guid Id, NewcomerId NewcomerId, SharedData Shared, string? Message, string Offer, bool OfferCountsHours, bool DutchCourse, string Organisation,
    ReferralStatus Status, DateOnly SentOn, decimal ConfirmedHours, IReadOnlyList<ReferralStepRow> Steps)
{
    public IEnumerable<ReferralStepRow> InOrder => Steps.OrderBy(s => s.On).ThenBy(s => (int)s.Status);

    /// <summary>An NT2 school records the exam result of someone it took in on a Dutch course.</summary>
    public bool CanRecordExam => DutchCourse && Domain.Partners.Referral.MayRecordExam(Status);

    public bool CanConfirmHours => OfferCountsHours && Status is ReferralStatus.Started or ReferralStatus.Attended or ReferralStatus.Completed;
}

public static class PartnerReferralQuery
{
    /// <summary>One SQL command; null when the referral was not sent to the user's organisation.</summary>
    public static async Task<PartnerReferralView?> LoadAsync(AppDbContext db, ClaimsPrincipal user, Guid referralId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await (from r in db.Referrals.AsNoTracking().ReceivedBy(user)
                      join o in db.Offers on r.OfferId equals o.Id
                      join g in db.Organisations on r.OrganisationId equals g.Id
                      where r.Id == referralId
                      select new PartnerReferralView(
                          r.Id, r.NewcomerId, r.Shared, r.Message, o.Title, o.ParticipationActivity || o.LanguagePractice, o.Track == TrackKind.DutchLanguage, g.Name, r.Status, r.SentOn, r.ConfirmedHours,
                          r.Steps.Select(s => new ReferralStepRow(s.Status, s.On, s.By, s.ByName, s.Note)).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
