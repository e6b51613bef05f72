using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="FigureNoun"/>, read through <see cref="BareCount"/>.</summary>
public sealed class FigureNounTests
{
    private static readonly PeopleContext Killed = new([], "people", false, Metric.Killed, 0, 0);

    [Theory]
    [InlineData("By evening the figure had risen to 19.", "19")]
    [InlineData("By Sunday that number had grown to 260.", "260")]
    [InlineData("The figure, officials said on Wednesday, had climbed to 40.", "40")]
    public void A_bare_figure_noun_takes_the_people_of_the_count_before(string text, string number)
    {
        var run = CountPhraseRun.Of(BareCount.Rule, text, number, Killed);
        Assert.True(run.Kept);
        Assert.Equal("people", run.Draft.Noun);
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }

    [Theory]
    [InlineData("The number of drones launched reached 480, the air force said.", "480")]
    [InlineData("The figure for damaged homes rose to 70.", "70")]
    public void A_figure_noun_that_says_what_it_counts_is_not_the_earlier_count(string text, string number)
    {
        Assert.False(CountPhraseRun.Of(BareCount.Rule, text, number, Killed).Kept);
    }

    [Fact]
    public void A_bare_figure_noun_with_no_count_before_counts_nobody()
    {
        Assert.False(CountPhraseRun.Of(BareCount.Rule, "By evening the figure had risen to 19.", "19").Kept);
    }
}
