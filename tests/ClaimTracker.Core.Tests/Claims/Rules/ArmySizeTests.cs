using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ArmySizeTests
{
    [Theory]
    [InlineData("With about 1.2 million troops, North Korea's army is one of the largest standing armies in the world.", "1.2 million")]
    [InlineData("North Korea has an estimated 1.2 million active-duty troops, the institute said.", "1.2 million")]
    [InlineData("Its 950,000-strong army is poorly fed, defectors say.", "950,000")]
    public void A_whole_armys_size_is_other(string sentence, string number)
    {
        var run = CountPhraseRun.Of(ArmySize.Rule, sentence, number);
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }

    [Theory]
    [InlineData("South Africa said it had begun withdrawing its 1,000-strong contingent from the mission.", "1,000")]
    [InlineData("Russia has sent 10,000 troops to Kursk, the largest deployment its army has made abroad.", "10,000")]
    public void A_contingent_or_a_deployment_stays_deployed(string sentence, string number)
    {
        var run = CountPhraseRun.Of(ArmySize.Rule, sentence, number);
        Assert.NotEqual(Metric.Other, run.Draft.Metric);
    }
}
