using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class OutOfTheWholeTests
{
    [Theory]
    [InlineData("About 2,000 North Korean soldiers have been killed, out of roughly 14,000 sent to Russia.", "14,000")]
    [InlineData("Some 4,000 North Korean troops were killed or wounded, out of the 11,000 deployed to Kursk.", "11,000")]
    [InlineData("Around 300 North Korean soldiers have died out of 12,000 in the Kursk region.", "12,000")]
    public void The_whole_of_soldiers_is_those_sent(string text, string number)
    {
        var run = CountPhraseRun.Of(OutOfTheWhole.Rule, text, number);
        Assert.True(run.Kept);
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
    }

    [Fact]
    public void A_whole_with_a_fate_of_its_own_takes_that_fate()
    {
        var run = CountPhraseRun.Of(OutOfTheWhole.Rule, "Rescuers said 30 people were killed, out of 45 trapped under the rubble.", "45");
        Assert.True(run.Kept);
        Assert.Equal(Metric.Missing, run.Draft.Metric);
    }

    [Fact]
    public void A_count_with_a_noun_of_its_own_is_no_whole()
    {
        var run = CountPhraseRun.Of(OutOfTheWhole.Rule, "About 2,000 soldiers were killed, out of 14,000 North Korean troops sent.", "14,000");
        Assert.True(run.Kept);
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
    }
}
