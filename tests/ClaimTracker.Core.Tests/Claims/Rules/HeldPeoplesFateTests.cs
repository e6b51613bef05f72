using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class HeldPeoplesFateTests
{
    [Theory]
    [InlineData("The agency said 31 prisoners and three guards had been wounded.", "31", Metric.Wounded)]
    [InlineData("More than 200 prisoners have been killed in the jails since 2020.", "200", Metric.Killed)]
    [InlineData("Police said 19 refugees, many of them children, drowned when the boat sank.", "19", Metric.Killed)]
    [InlineData("The group said 12 of those abducted were still missing.", "12", Metric.Missing)]
    public void A_casualty_verb_after_a_status_noun_says_what_happened(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }

    [Theory]
    [InlineData("Some 60 hostages remain in the hands of the group.", "60")]
    [InlineData("Troops stormed the camp, freeing 140 hostages and killing all 12 kidnappers.", "140")]
    public void Without_a_casualty_verb_of_their_own_the_hostages_stay_captured(string text, string number)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(Metric.Captured, run.Draft.Metric);
    }
}
