using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="HedgedOne"/> and the number scanner's "that one", read through <see cref="NotAPeopleCount"/>.</summary>
public sealed class HedgedOneTests
{
    [Theory]
    [InlineData("At least one person was killed in the strike.", "one")]
    [InlineData("The NIS said at least one soldier had been killed by his own side.", "one")]
    [InlineData("Officials said that one civilian had been killed and four wounded.", "one")]
    public void A_hedged_or_reported_one_is_a_count(string text, string number)
    {
        var run = CountPhraseRun.Of(NotAPeopleCount.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }

    [Theory]
    [InlineData("One soldier was killed on the road.", "One")]
    public void A_bare_one_stays_a_story_about_a_person(string text, string number)
    {
        var run = CountPhraseRun.Of(NotAPeopleCount.Rule, text, number);
        Assert.False(run.Kept);
    }

    [Fact]
    public void That_one_before_a_verb_is_a_pronoun()
    {
        Assert.DoesNotContain(ClaimTracker.Core.Numbers.NumberRecognizer.Find("He said that one was hit twice."), n => n.Value == 1);
    }
}
