using Inburgering.Domain.Rules;

namespace Inburgering.Domain.Tests.Rules;

public class ParticipationRuleTests
{
    [Theory]
    [InlineData(ObligationClass.Obligated, false, false, true)]
    [InlineData(ObligationClass.Obligated, true, false, false)]
    [InlineData(ObligationClass.Obligated, false, true, false)]
    [InlineData(ObligationClass.Entitled, false, false, false)]
    [InlineData(ObligationClass.Exempt, false, false, false)]
    public void IsMandatory_OnlyObligatedWhoNeitherWorkNorStudy_IsMandatory(ObligationClass obligation, bool works, bool studies, bool expected)
    {
        var mandatory = ParticipationRule.IsMandatory(obligation, works, studies);

        Assert.Equal(expected, mandatory);
    }
}
