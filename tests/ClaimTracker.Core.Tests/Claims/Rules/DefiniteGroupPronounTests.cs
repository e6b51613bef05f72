using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class DefiniteGroupPronounTests
{
    [Theory]
    [InlineData("The girl was shot while the two of them were waiting for the gates to open.", "two")]
    [InlineData("\"The three of us hid behind a wall until it stopped,\" he said.", "three")]
    [InlineData("She said the four of you should leave the camp before dark.", "four")]
    public void A_group_named_by_a_pronoun_is_no_claim(string text, string number)
    {
        var run = CountPhraseRun.Of(DefiniteGroupPronoun.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("Medics said 90 people were wounded, two of them children.", "two")]
    [InlineData("Five people were injured, two of them in a critical condition.", "two")]
    [InlineData("The two soldiers were killed near Rafah, the army said.", "two")]
    [InlineData("Of the 40 detainees, the 12 of the group who were released returned home.", "12")]
    public void A_share_or_a_counted_noun_stays_a_count(string text, string number)
    {
        var run = CountPhraseRun.Of(DefiniteGroupPronoun.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }
}
