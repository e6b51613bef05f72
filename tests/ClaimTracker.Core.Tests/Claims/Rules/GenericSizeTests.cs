using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class GenericSizeTests
{
    [Theory]
    [InlineData("A Russian battalion typically numbers several hundred soldiers, analysts say.", "several hundred")]
    [InlineData("A brigade usually has about 4,000 troops.", "4,000")]
    [InlineData("An infantry company generally consists of about 120 soldiers.", "120")]
    public void A_size_that_holds_as_a_rule_counts_nobody(string text, string number)
    {
        var run = CountPhraseRun.Of(GenericSize.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("The brigade usually based in Kharkiv lost 300 troops in the assault.", "300")]
    [InlineData("Around 80 soldiers were killed in the usually quiet town, the army said.", "80")]
    public void A_toll_beside_a_habit_word_is_kept(string text, string number)
    {
        var run = CountPhraseRun.Of(GenericSize.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }
}
