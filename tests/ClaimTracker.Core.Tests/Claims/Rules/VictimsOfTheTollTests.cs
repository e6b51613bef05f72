using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class VictimsOfTheTollTests
{
    private static readonly PeopleContext Toll = new([], "people", false, Metric.Killed, 0, 0);

    [Theory]
    [InlineData("Among the victims are 53 children and 98 women.", "53")]
    [InlineData("Among the victims were at least 11 children, the ministry said.", "11")]
    [InlineData("\"Among the victims are 14 women,\" the minister told reporters.", "14")]
    public void A_count_among_the_victims_shares_the_earlier_tolls_deaths(string text, string number)
    {
        var run = CountPhraseRun.Of(VictimsOfTheToll.Rule, text, number, Toll);
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }

    [Fact]
    public void A_toll_of_wounded_gives_its_own_fate()
    {
        var wounded = new PeopleContext([], "people", false, Metric.Wounded, 0, 0);
        var run = CountPhraseRun.Of(VictimsOfTheToll.Rule, "Among the victims are 20 children.", "20", wounded);
        Assert.Equal(Metric.Wounded, run.Draft.Metric);
    }

    [Fact]
    public void Victims_named_later_in_the_sentence_are_another_construction()
    {
        var run = CountPhraseRun.Of(VictimsOfTheToll.Rule, "Aid reached 300 children among the victims of the floods.", "300", Toll);
        Assert.NotEqual(Metric.Killed, run.Draft.Metric);
    }

    [Fact]
    public void A_displaced_count_before_gives_no_fate()
    {
        var fled = new PeopleContext([], "people", false, Metric.Displaced, 0, 0);
        var run = CountPhraseRun.Of(VictimsOfTheToll.Rule, "Among the victims are 40 children.", "40", fled);
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }
}
