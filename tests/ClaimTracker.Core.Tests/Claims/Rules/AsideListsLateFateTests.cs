using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class AsideListsLateFateTests
{
    [Theory]
    [InlineData("At least 900 people have been killed and 4,100 injured, including 65 children and 80 women killed.", "80")]
    [InlineData("The ministry said 300 people had died and 1,200 were wounded, including 40 women and 25 children among the dead.", "25")]
    public void The_fate_after_the_last_count_is_the_whole_asides(string text, string number)
    {
        var run = CountPhraseRun.Of(AsideListsLateFate.Rule, text, number);
        Assert.Equal(Metric.Killed, run.Draft.Metric);
        Assert.Equal(Metric.Killed, run.Phrase.Previous!.Metric);
    }

    [Fact]
    public void An_aside_with_no_fate_of_its_own_keeps_its_hosts()
    {
        var run = CountPhraseRun.Of(AsideListsLateFate.Rule, "At least 900 people have been killed and 4,100 injured, including 65 children and 80 women.", "80");
        Assert.Equal(Metric.Wounded, run.Phrase.Previous!.Metric);
    }
}
