using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class CircumstanceSpeakerTests
{
    [Theory]
    [InlineData("its April", true)]
    [InlineData("their winter", true)]
    [InlineData("Monday", true)]
    [InlineData("its", false)]
    [InlineData("the April Group", false)]
    [InlineData("the ministry", false)]
    public void Only_a_time_is_no_speaker(string words, bool expected)
    {
        var tokens = new List<Token>();
        Token.Split(words, 0, words.Length, tokens);
        Assert.Equal(expected, CircumstanceSpeaker.Is(words, tokens, 0, tokens.Count - 1));
    }

    [Fact]
    public void The_speakers_own_estimate_stays_the_speakers()
    {
        const string text = "South Korea's National Intelligence Service told lawmakers that 1,800 soldiers had been killed, up from its May estimate of 500 dead.";
        var claims = new ClaimExtractor().Extract(text, null);
        Assert.Equal("NIS", Assert.Single(claims, c => c.Value == 500).Source);
    }
}
