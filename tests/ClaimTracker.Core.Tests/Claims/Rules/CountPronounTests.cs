using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="CountPronoun"/>, read through <see cref="BareCount"/>.</summary>
public sealed class CountPronounTests
{
    private static readonly PeopleContext Sheltering = new([], "people", false, Metric.Displaced, 0, 0);

    [Theory]
    [InlineData("Then it became 8,200.", "8,200")]
    [InlineData("By Friday it was 9,400.", "9,400")]
    [InlineData("By evening it had risen to 260.", "260")]
    public void It_before_a_verb_of_being_or_changing_stands_for_the_count_before(string text, string number)
    {
        var run = CountPhraseRun.Of(BareCount.Rule, text, number, Sheltering);
        Assert.True(run.Kept);
        Assert.Equal("people", run.Draft.Noun);
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }

    [Theory]
    [InlineData("Aid groups put it at 5,000.", "5,000")]
    [InlineData("One monitor now puts it at 5,000, a figure nobody has checked.", "5,000")]
    public void It_as_an_estimates_object_stands_for_the_count_before(string text, string number)
    {
        var run = CountPhraseRun.Of(BareCount.Rule, text, number, Sheltering);
        Assert.True(run.Kept);
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }

    [Fact]
    public void It_put_at_a_time_counts_nobody()
    {
        Assert.False(CountPhraseRun.Of(BareCount.Rule, "The monitor put it at 5 a.m.", "5", Sheltering).Kept);
    }

    [Fact]
    public void It_with_no_count_before_counts_nobody()
    {
        Assert.False(CountPhraseRun.Of(BareCount.Rule, "Then it became 8,200.", "8,200").Kept);
    }

    [Fact]
    public void It_before_a_measure_counts_nobody()
    {
        Assert.False(CountPhraseRun.Of(BareCount.Rule, "By noon it was 41 degrees.", "41", Sheltering).Kept);
    }
}
