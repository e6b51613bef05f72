using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>
/// <see cref="PeopleListBeforeTheFate"/>: the verb after a list of the count's people is read as the count's fate; a list
/// of speakers, an aside closed by a comma and a list with no fate word after it read as before.
/// </summary>
public sealed class PeopleListBeforeTheFateTests
{
    [Theory]
    [InlineData("Some 2 million women, men and children had sought refuge abroad.", "2 million", Metric.Displaced)]
    [InlineData("About 350 men, women and children were killed in the raid.", "350", Metric.Killed)]
    [InlineData("The army said 85 soldiers, officers, and reservists had been wounded.", "85", Metric.Wounded)]
    [InlineData("At least 60 Palestinian men, women or children were hurt, medics said.", "60", Metric.Wounded)]
    [InlineData("A drone strike killed at least 38 civilians, residents and health workers have told reporters.", "38", Metric.Killed)]
    [InlineData("More than 120 people, women and children among them, were killed.", "120", Metric.Killed)]
    [InlineData("About 500 teachers, nurses and doctors signed the letter.", "500", Metric.Other)]
    public void The_fate_after_the_list_is_the_counts(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.True(run.Kept, text);
        Assert.Equal(metric, run.Draft.Metric);
    }

    [Fact]
    public void A_comma_that_opens_no_list_is_no_list()
    {
        var reader = CountPhraseRun.Of(ClauseMetric.Rule, "About 300 people, the agency said, were killed.", "300");
        Assert.Equal(Metric.Killed, reader.Draft.Metric);
    }
}
