using Inburgering.Domain.Newcomers;

namespace Inburgering.Domain.Rules;

public enum WorkPermissionStatus
{
    Allowed,
    NotYet,
    NotAllowed,
    Unknown,
}

public enum WorkPermissionReason
{
    ProtectionGranted,
    ResidenceRight,
    FourMonthsPassed,
    WaitingFourMonths,
    RefusedWithinFourMonths,
    AppealAfterLateRefusal,
    RefusedWithoutAppeal,
    ShortStayCheckPermit,
}

/// <param name="From">From when work is allowed (for <see cref="WorkPermissionStatus.NotYet"/>: from when it would be).</param>
public sealed record WorkPermission(WorkPermissionStatus Status, DateOnly? From, WorkPermissionReason Reason)
{
    public bool MayWork => Status == WorkPermissionStatus.Allowed;
}

/// <summary>
/// Whether and from when someone may work.
/// Source: Royal Decree of 2 September 2018 (access to the labour market for applicants for
/// international protection): work from four months after the application when no refusal was
/// notified within them; a refusal notified later keeps the right during an appeal at the RvV.
/// Applies from: 2 September 2018, the decree's date (as the legal timeline shows it).
/// </summary>
public static class WorkPermissionRule
{
    public const int WaitingMonths = 4;

    public static WorkPermission Assess(Residence residence, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(residence);

        switch (residence.Status)
        {
            case ResidenceStatus.RecognisedRefugee or ResidenceStatus.SubsidiaryProtection:
                return new(WorkPermissionStatus.Allowed, residence.ProtectionGrantedOn ?? residence.RegisteredOn, WorkPermissionReason.ProtectionGranted);
            case ResidenceStatus.ShortStay:
                return new(WorkPermissionStatus.Unknown, null, WorkPermissionReason.ShortStayCheckPermit);
            case not ResidenceStatus.AsylumApplicant:
                return new(WorkPermissionStatus.Allowed, residence.RegisteredOn, WorkPermissionReason.ResidenceRight);
        }

        var appliedOn = residence.AsylumAppliedOn ?? today;
        var mayWorkFrom = appliedOn.AddMonths(WaitingMonths);

        // "Within the four months" means notified before the day work would become allowed.
        if (residence.RefusalNotifiedOn is { } refusedOn)
        {
            if (refusedOn < mayWorkFrom)
            {
                return new(WorkPermissionStatus.NotAllowed, null, WorkPermissionReason.RefusedWithinFourMonths);
            }

            return residence.AppealLodgedOn is not null
                ? new(WorkPermissionStatus.Allowed, mayWorkFrom, WorkPermissionReason.AppealAfterLateRefusal)
                : new(WorkPermissionStatus.NotAllowed, null, WorkPermissionReason.RefusedWithoutAppeal);
        }

        return today >= mayWorkFrom
            ? new(WorkPermissionStatus.Allowed, mayWorkFrom, WorkPermissionReason.FourMonthsPassed)
            : new(WorkPermissionStatus.NotYet, mayWorkFrom, WorkPermissionReason.WaitingFourMonths);
    }
}
