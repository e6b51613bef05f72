using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class SentenceSplitterPlatformTests
{
    [Theory]
    [InlineData("\"Russia is hitting our homes,\" Zelenskyy wrote on X. He added that five people were injured.")]
    [InlineData("The minister posted the figures via X. The army said 12 soldiers were wounded.")]
    public void A_lone_capital_after_on_or_via_is_the_platform_and_ends_the_sentence(string text) =>
        Assert.Equal(2, SentenceSplitter.Split(text).Count);

    [Theory]
    [InlineData("President George W. Bush said 40 soldiers had been wounded.")]
    [InlineData("The report by John F. Kennedy School researchers counted 300 dead.")]
    public void An_initial_inside_a_name_still_does_not(string text) =>
        Assert.Single(SentenceSplitter.Split(text));
}
