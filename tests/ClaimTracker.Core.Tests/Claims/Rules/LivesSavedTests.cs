using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="LivesSaved"/>: lives lost are a toll, lives saved are no one's fate.</summary>
public sealed class LivesSavedTests
{
    [Theory]
    [InlineData("Doctors said the field hospital had saved an estimated 300 lives in its first month.", "300")]
    [InlineData("The vaccination drive protected 2,000 lives in the camps.", "2,000")]
    [InlineData("The programme touched 40,000 lives across Darfur.", "40,000")]
    public void Lives_saved_count_no_one(string text, string number)
    {
        var run = CountPhraseRun.Of(LivesSaved.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("The strikes had claimed 165 lives by Sunday.", "165")]
    [InlineData("The fighting has cost at least 2,400 lives since March.", "2,400")]
    public void Lives_claimed_are_a_count(string text, string number)
    {
        var run = CountPhraseRun.Of(LivesSaved.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }
}
