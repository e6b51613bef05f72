using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class SubjectOfTheSentenceBeforeTests
{
    private const string Lede = "The UN human rights office said at least 80 civilians had been killed since the truce.\n\n";

    [Theory]
    [InlineData("Lebanon's health ministry gives a far higher figure. On Monday, it said 310 people had been killed.")]
    [InlineData("Lebanon's health ministry counts many more. It said 310 people had been killed since the truce.")]
    [InlineData("The Lebanese Health Ministry has its own toll. In figures released on Monday, it put the dead at 310 people.")]
    public void It_takes_the_body_the_sentence_before_opens_with(string paragraph) =>
        Assert.Equal("Lebanese Health Ministry", Assert.Single(new ClaimExtractor().Extract(Lede + paragraph, null), c => c.Value == 310).Source);

    [Fact]
    public void A_sentence_before_that_opens_with_no_body_leaves_it_to_the_speaker() =>
        Assert.Equal("UN", Assert.Single(new ClaimExtractor().Extract(Lede + "Its monitors visited the south. It said 310 people had been killed since the truce.", null), c => c.Value == 310).Source);
}
