using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class TollAmongTests
{
    [Theory]
    [InlineData("The death toll among the displaced in Kalma rose to 52.", "52")]
    [InlineData("The number of deaths among displaced families climbed to 41.", "41")]
    public void A_toll_among_a_group_counts_its_dead(string text, string number)
    {
        var run = CountPhraseRun.Of(TollAmong.Rule, text, number);
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }

    [Fact]
    public void A_count_of_the_displaced_with_no_toll_stays_displaced()
    {
        var run = CountPhraseRun.Of(TollAmong.Rule, "Among the arrivals, 3,200 people were displaced from Bara.", "3,200");
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }
}
