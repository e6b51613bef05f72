using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class NotAPeopleCountTests
{
    [Theory]
    [InlineData("Turnout reached 62% in the northern provinces on Sunday.", "62")]
    [InlineData("The convoy left on June 5 with food for the camps.", "5")]
    [InlineData("The brigade drove 40 km toward the river overnight.", "40")]
    [InlineData("Pilots flew the Su-34 bombers over the valley again.", "34")]
    [InlineData("A boy aged 12 was among those pulled from the rubble.", "12")]
    [InlineData("A shell hit a house in the village, killing two men aged 64 and 70.", "70")]
    public void Stops_a_number_that_counts_no_people(string text, string number)
    {
        var run = CountPhraseRun.Of(NotAPeopleCount.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Fact]
    public void Leaves_a_count_of_soldiers_alone()
    {
        var run = CountPhraseRun.Of(NotAPeopleCount.Rule, "About 4,000 soldiers crossed the river on Friday.", "4,000");
        Assert.True(run.Kept);
    }
}
