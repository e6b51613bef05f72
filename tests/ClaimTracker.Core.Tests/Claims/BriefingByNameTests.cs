using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class BriefingByNameTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("A senator told reporters after a closed Pentagon briefing that some 900 soldiers had been killed.", 900, "Pentagon")]
    [InlineData("One MP said after an NIS briefing on Friday that about 300 of the troops had been wounded.", 300, "NIS")]
    public void The_briefer_named_before_the_briefing_is_the_source(string text, double value, string source) =>
        Assert.Equal(source, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Source);
}
