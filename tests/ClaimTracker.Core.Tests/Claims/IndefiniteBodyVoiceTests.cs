using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// An indefinite body's voice ("A ministry statement", "A health ministry statement") speaks for the body its noun points
/// back to, the portfolio or level kept; a new speaker ("a local medical group") and an unknown modifier do not.
/// </summary>
public sealed class IndefiniteBodyVoiceTests
{
    [Theory]
    [InlineData("A ministry statement", "the ministry")]
    [InlineData("A health ministry statement", "the health ministry")]
    [InlineData("an army spokesman", "the army")]
    [InlineData("A regional administration statement", "the regional administration")]
    [InlineData("A defence ministry spokeswoman", "the defence ministry")]
    [InlineData("An administration statement", null)]
    [InlineData("A local medical group", null)]
    [InlineData("A secret ministry statement", null)]
    [InlineData("The health ministry statement", null)]
    public void Speaks_for_the_body_its_noun_points_back_to(string words, string? expected)
    {
        var text = words + " said 12 people died.";
        var speaker = new Attributor(0, words.Length, words, null, default, words.Length + 1);
        Assert.Equal(expected, IndefiniteBodyVoice.Owner(text, speaker));
    }

    [Fact]
    public void Reads_the_voice_after_the_words()
    {
        const string text = "A health ministry statement said 12 people died.";
        var speaker = new Attributor(0, 17, "A health ministry", null, default, 28);
        Assert.Equal("the health ministry", IndefiniteBodyVoice.Owner(text, speaker));
    }
}
