using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ReplacedLossesTests
{
    [Theory]
    [InlineData("The North had already rotated in about 1,500 fresh troops to replace the dead and wounded.", "1,500")]
    [InlineData("Moscow brought some 4,000 reservists in to make up for the losses.", "4,000")]
    public void Troops_sent_to_replace_the_fallen_are_deployed(string text, string number)
    {
        var run = CountPhraseRun.Of(ReplacedLosses.Rule, text, number);
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
    }

    [Theory]
    [InlineData("About 300 soldiers were killed while replacing a unit on the line.", "300", Metric.Killed)]
    [InlineData("Some 2,000 soldiers were killed or wounded, and Moscow sent more to replace them.", "2,000", Metric.KilledOrWounded)]
    public void A_fate_before_the_replacement_stays(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(ReplacedLosses.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }
}
