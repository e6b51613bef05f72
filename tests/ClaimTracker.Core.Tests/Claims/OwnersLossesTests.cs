using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>A country's losses named by their owner's possessive, one word saying which losses allowed between.</summary>
public sealed class OwnersLossesTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Ukraine's General Staff put Russia's combat losses over the past day at 1,240 personnel.", 1240, "Russian troops")]
    [InlineData("A British official said Russia's overall losses had reached 690,000 killed or wounded.", 690000, "Russian troops")]
    [InlineData("A British official said Russia's losses had reached 690,000 killed or wounded.", 690000, "Russian troops")]
    public void An_owners_losses_are_its_soldiers(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Theory]
    [InlineData("Analysts said the war's combat losses had passed 900,000 killed or wounded.", 900000)]
    [InlineData("Analysts said the total combat losses had passed 900,000 killed or wounded.", 900000)]
    public void Losses_with_no_named_owner_name_no_nation(string text, double value)
    {
        var subject = Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject;
        Assert.DoesNotContain("Russian", subject, StringComparison.Ordinal);
    }
}
