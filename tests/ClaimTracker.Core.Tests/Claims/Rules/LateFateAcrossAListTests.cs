using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class LateFateAcrossAListTests
{
    [Fact]
    public void The_first_count_of_a_list_with_a_singular_part_takes_the_late_verb()
    {
        var text = "Another 40 fighters of other armed groups, a Lebanese soldier and more than 90 civilians have also been killed in Lebanon.";
        var first = CountPhraseRun.Of(LateFateAcrossAList.Rule, text, "40");
        var run = CountPhraseRun.Of(LateFateAcrossAList.Rule, text, "90");
        Assert.Equal(Metric.Killed, run.Draft.Metric);
        Assert.Equal(Metric.Killed, run.Phrase.Previous?.Metric);
        Assert.NotEqual(Metric.Killed, first.Draft.Metric);
    }

    [Fact]
    public void A_first_count_with_its_own_verb_keeps_it()
    {
        var run = CountPhraseRun.Of(LateFateAcrossAList.Rule, "The army deployed 400 soldiers, a general and 12 civilians were wounded.", "12");
        Assert.Equal(Metric.Deployed, run.Phrase.Previous?.Metric);
    }
}
