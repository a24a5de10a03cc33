using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Rules;

namespace Inburgering.Domain.Tests.Rules;

public class WorkPermissionRuleTests
{
    private static readonly DateOnly AppliedOn = new(2025, 1, 15);

    /// <summary>Four months after <see cref="AppliedOn"/>: the first day work would be allowed.</summary>
    private static readonly DateOnly FourMonthsLater = new(2025, 5, 15);

    private static readonly DateOnly Today = new(2025, 7, 1);

    private static Residence AsylumApplication(DateOnly? refusalNotifiedOn = null, DateOnly? appealLodgedOn = null) =>
        new(ResidenceStatus.AsylumApplicant, registeredOn: null, asylumAppliedOn: AppliedOn, refusalNotifiedOn: refusalNotifiedOn, appealLodgedOn: appealLodgedOn);

    [Fact]
    public void Assess_RefusalNotifiedDayBeforeFourMonthsWithAppeal_IsNotAllowed()
    {
        var residence = AsylumApplication(refusalNotifiedOn: FourMonthsLater.AddDays(-1), appealLodgedOn: FourMonthsLater.AddDays(5));

        var permission = WorkPermissionRule.Assess(residence, Today);

        Assert.Equal(new WorkPermission(WorkPermissionStatus.NotAllowed, null, WorkPermissionReason.RefusedWithinFourMonths), permission);
        Assert.False(permission.MayWork);
    }

    [Fact]
    public void Assess_RefusalNotifiedDayBeforeFourMonthsWithoutAppeal_IsNotAllowed()
    {
        var residence = AsylumApplication(refusalNotifiedOn: FourMonthsLater.AddDays(-1));

        var permission = WorkPermissionRule.Assess(residence, Today);

        Assert.Equal(new WorkPermission(WorkPermissionStatus.NotAllowed, null, WorkPermissionReason.RefusedWithinFourMonths), permission);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(30)]
    public void Assess_RefusalNotifiedOnOrAfterFourMonthsWithAppeal_IsAllowedDuringAppeal(int daysAfterFourMonths)
    {
        var refusedOn = FourMonthsLater.AddDays(daysAfterFourMonths);
        var residence = AsylumApplication(refusalNotifiedOn: refusedOn, appealLodgedOn: refusedOn.AddDays(10));

        var permission = WorkPermissionRule.Assess(residence, Today);

        Assert.Equal(new WorkPermission(WorkPermissionStatus.Allowed, FourMonthsLater, WorkPermissionReason.AppealAfterLateRefusal), permission);
        Assert.True(permission.MayWork);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Assess_RefusalNotifiedOnOrAfterFourMonthsWithoutAppeal_IsNotAllowed(int daysAfterFourMonths)
    {
        var residence = AsylumApplication(refusalNotifiedOn: FourMonthsLater.AddDays(daysAfterFourMonths));

        var permission = WorkPermissionRule.Assess(residence, Today);

        Assert.Equal(new WorkPermission(WorkPermissionStatus.NotAllowed, null, WorkPermissionReason.RefusedWithoutAppeal), permission);
    }

    [Fact]
    public void Assess_NoRefusalDayBeforeFourMonths_IsNotYetWithTheDateWorkBecomesAllowed()
    {
        var residence = AsylumApplication();

        var permission = WorkPermissionRule.Assess(residence, FourMonthsLater.AddDays(-1));

        Assert.Equal(new WorkPermission(WorkPermissionStatus.NotYet, FourMonthsLater, WorkPermissionReason.WaitingFourMonths), permission);
        Assert.False(permission.MayWork);
    }

    [Fact]
    public void Assess_NoRefusalOnDayFourMonthsEnd_IsAllowed()
    {
        var residence = AsylumApplication();

        var permission = WorkPermissionRule.Assess(residence, FourMonthsLater);

        Assert.Equal(new WorkPermission(WorkPermissionStatus.Allowed, FourMonthsLater, WorkPermissionReason.FourMonthsPassed), permission);
        Assert.True(permission.MayWork);
    }

    [Fact]
    public void Assess_ApplicationOnLastDayOfMonth_CountsToLastDayOfFourthMonth()
    {
        var residence = new Residence(ResidenceStatus.AsylumApplicant, registeredOn: null, asylumAppliedOn: new DateOnly(2024, 10, 31));

        var permission = WorkPermissionRule.Assess(residence, new DateOnly(2025, 2, 1));

        Assert.Equal(new DateOnly(2025, 2, 28), permission.From);
    }

    [Theory]
    [InlineData(ResidenceStatus.RecognisedRefugee)]
    [InlineData(ResidenceStatus.SubsidiaryProtection)]
    public void Assess_ProtectionGranted_IsAllowedFromTheGrant(ResidenceStatus status)
    {
        var grantedOn = new DateOnly(2025, 3, 20);
        var residence = new Residence(status, registeredOn: new DateOnly(2025, 4, 2), asylumAppliedOn: AppliedOn, protectionGrantedOn: grantedOn);

        var permission = WorkPermissionRule.Assess(residence, Today);

        Assert.Equal(new WorkPermission(WorkPermissionStatus.Allowed, grantedOn, WorkPermissionReason.ProtectionGranted), permission);
    }

    [Fact]
    public void Assess_RecognisedRefugeeWithoutGrantDate_IsAllowedFromRegistration()
    {
        var registeredOn = new DateOnly(2025, 4, 2);
        var residence = new Residence(ResidenceStatus.RecognisedRefugee, registeredOn);

        var permission = WorkPermissionRule.Assess(residence, Today);

        Assert.Equal(new WorkPermission(WorkPermissionStatus.Allowed, registeredOn, WorkPermissionReason.ProtectionGranted), permission);
    }

    [Theory]
    [InlineData(ResidenceStatus.TemporaryProtection)]
    [InlineData(ResidenceStatus.FamilyReunification)]
    [InlineData(ResidenceStatus.Regularised)]
    [InlineData(ResidenceStatus.OtherResidenceRight)]
    [InlineData(ResidenceStatus.FreeMovement)]
    public void Assess_OtherResidenceRight_IsAllowedFromRegistration(ResidenceStatus status)
    {
        var registeredOn = new DateOnly(2025, 4, 2);
        var residence = new Residence(status, registeredOn);

        var permission = WorkPermissionRule.Assess(residence, Today);

        Assert.Equal(new WorkPermission(WorkPermissionStatus.Allowed, registeredOn, WorkPermissionReason.ResidenceRight), permission);
    }

    [Fact]
    public void Assess_ShortStay_IsUnknownAndAsksToCheckThePermit()
    {
        var residence = new Residence(ResidenceStatus.ShortStay, new DateOnly(2025, 4, 2));

        var permission = WorkPermissionRule.Assess(residence, Today);

        Assert.Equal(new WorkPermission(WorkPermissionStatus.Unknown, null, WorkPermissionReason.ShortStayCheckPermit), permission);
        Assert.False(permission.MayWork);
    }
}
