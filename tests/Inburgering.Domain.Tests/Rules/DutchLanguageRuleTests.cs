using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Tests.Rules;

public class DutchLanguageRuleTests
{
    [Theory]
    [InlineData(LearnerProfile.LearningToReadAndWrite, 600)]
    [InlineData(LearnerProfile.Slow, 240)]
    [InlineData(LearnerProfile.Standard, 120)]
    [InlineData(LearnerProfile.Fast, 90)]
    public void CourseHoursPerLevel_PerProfile_FollowsTheNt2Offer(LearnerProfile profile, int expected)
    {
        var hours = DutchLanguageRule.CourseHoursPerLevel(profile);

        Assert.Equal(expected, hours);
    }

    [Fact]
    public void TargetLevel_IsA2()
    {
        Assert.Equal(CefrLevel.A2, DutchLanguageRule.TargetLevel);
    }
}
