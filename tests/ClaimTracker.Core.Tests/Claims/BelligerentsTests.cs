using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class BelligerentsTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Some 400,000 people fled their homes during the fighting between Russia and Ukraine, the agency said.", 400000)]
    [InlineData("During the war between Israel and Hezbollah, about 61,000 people left the border towns, the officials said.", 61000)]
    [InlineData("After a month of Russian shelling, about 8,000 people were living in shelters, the mayor said.", 8000)]
    public void A_side_of_the_fighting_or_its_attack_is_not_the_counted_people(string sentence, double value)
    {
        Assert.Equal("people", Assert.Single(Extractor.Extract(sentence, null), c => c.Value == value).Subject);
    }

    [Fact]
    public void A_people_named_before_the_count_still_counts()
    {
        var text = "Some 400,000 Ukrainian refugees have returned home this year, the agency said.";
        Assert.Equal("Ukrainian refugees", Assert.Single(Extractor.Extract(text, null), c => c.Value == 400000).Subject);
    }
}
