using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ReleasingVerbTests
{
    [Theory]
    [InlineData("The deal led to Hamas releasing 13 hostages on Friday.", 13)]
    [InlineData("Israel began freeing 39 Palestinian prisoners after midnight.", 39)]
    [InlineData("The swap ended with Russia repatriating 150 Ukrainian prisoners of war.", 150)]
    [InlineData("The freeing of 24 hostages came after weeks of talks.", 24)]
    public void People_an_ing_release_verb_frees_are_other(string text, int value)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == value);
        Assert.Equal(Metric.Other, claim.Metric);
    }

    [Theory]
    [InlineData("Hamas is still holding 59 hostages, the army said.", 59)]
    [InlineData("Talks on releasing the 50 hostages still held in Gaza resumed on Monday.", 50)]
    [InlineData("Troops stormed the camp on Friday, freeing 140 hostages and killing the kidnappers.", 140)]
    public void People_still_held_or_rescued_in_a_raid_stay_captured(string text, int value)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == value);
        Assert.Equal(Metric.Captured, claim.Metric);
    }
}
