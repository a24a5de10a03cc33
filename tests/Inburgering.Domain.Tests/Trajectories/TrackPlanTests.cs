using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Tests.Trajectories;

public class TrackPlanTests
{
    private static readonly WorkPermission MayWork = new(WorkPermissionStatus.Allowed, new DateOnly(2024, 1, 10), WorkPermissionReason.ResidenceRight);

    private static Intake IntakeWith(EducationLevel education = EducationLevel.Secondary, Literacy literacy = Literacy.Literate, bool working = false, bool studying = false) =>
        new() { CompletedOn = new DateOnly(2025, 3, 3), Goals = Goals.Dutch, EducationLevel = education, Literacy = literacy, Working = working, Studying = studying };

    [Fact]
    public void Suggest_Always_StartsOrientationAndDutchTowardsA2()
    {
        var plan = TrackPlan.Suggest(IntakeWith(), ObligationClass.Entitled, MayWork, 30);

        Assert.True(plan.StartSocialOrientation);
        Assert.True(plan.StartDutchLanguage);
        Assert.Equal(CefrLevel.A2, plan.TargetLevel);
    }

    [Fact]
    public void Suggest_LearningToReadAndWrite_GivesAlphaProfileWithOralExam()
    {
        var plan = TrackPlan.Suggest(IntakeWith(EducationLevel.Higher, Literacy.LearningToReadAndWrite), ObligationClass.Obligated, MayWork, 30);

        Assert.Equal(LearnerProfile.LearningToReadAndWrite, plan.LearnerProfile);
        Assert.True(plan.OralExam);
    }

    [Theory]
    [InlineData(EducationLevel.Higher, LearnerProfile.Fast)]
    [InlineData(EducationLevel.Secondary, LearnerProfile.Standard)]
    [InlineData(EducationLevel.Primary, LearnerProfile.Slow)]
    [InlineData(EducationLevel.None, LearnerProfile.Slow)]
    public void Suggest_LiterateLearner_ProfileFollowsEducation(EducationLevel education, LearnerProfile expected)
    {
        var plan = TrackPlan.Suggest(IntakeWith(education), ObligationClass.Obligated, MayWork, 30);

        Assert.Equal(expected, plan.LearnerProfile);
        Assert.False(plan.OralExam);
    }

    [Theory]
    [InlineData(18, WorkPermissionStatus.Allowed, true)]
    [InlineData(65, WorkPermissionStatus.Allowed, true)]
    [InlineData(66, WorkPermissionStatus.Allowed, false)]
    [InlineData(17, WorkPermissionStatus.Allowed, false)]
    [InlineData(30, WorkPermissionStatus.NotYet, true)]
    [InlineData(30, WorkPermissionStatus.NotAllowed, false)]
    [InlineData(30, WorkPermissionStatus.Unknown, false)]
    public void Suggest_WorkingAgeWithWorkPermission_StartsWorkWithVdab(int age, WorkPermissionStatus status, bool expected)
    {
        var work = new WorkPermission(status, null, WorkPermissionReason.ResidenceRight);

        var plan = TrackPlan.Suggest(IntakeWith(), ObligationClass.Obligated, work, age);

        Assert.Equal(expected, plan.StartWork);
        Assert.Equal(expected, plan.VdabRequired);
    }

    [Theory]
    [InlineData(ObligationClass.Obligated, false, false, true)]
    [InlineData(ObligationClass.Obligated, true, false, false)]
    [InlineData(ObligationClass.Obligated, false, true, false)]
    [InlineData(ObligationClass.Entitled, false, false, false)]
    public void Suggest_ObligatedWithoutWorkOrStudy_MakesParticipationMandatory(ObligationClass obligation, bool working, bool studying, bool expected)
    {
        var plan = TrackPlan.Suggest(IntakeWith(working: working, studying: studying), obligation, MayWork, 30);

        Assert.Equal(expected, plan.StartParticipation);
    }

    [Theory]
    [InlineData(true, WorkRoute.InWork)]
    [InlineData(false, WorkRoute.JobSearch)]
    public void Suggest_WorkRoute_FollowsWhetherTheNewcomerWorks(bool working, WorkRoute expected)
    {
        var plan = TrackPlan.Suggest(IntakeWith(working: working), ObligationClass.Obligated, MayWork, 30);

        Assert.Equal(expected, plan.WorkRoute);
    }
}
