using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>What follows "familiar with" is the unnamed speaker's topic: the speaker's words end before it.</summary>
public sealed class SpeakerTopicTests
{
    [Theory]
    [InlineData("a source familiar with Russian government planning", "a source")]
    [InlineData("two officials familiar with the agency's briefing", "two officials")]
    [InlineData("people knowledgeable about the talks", "people")]
    [InlineData("The Israeli military, familiar with such losses", "The Israeli military")]
    [InlineData("the Kremlin", "the Kremlin")]
    [InlineData("familiar faces", "familiar faces")]
    public void Ends_the_speaker_before_its_topic(string words, string expected)
    {
        var tokens = new List<Token>();
        Token.Split(words, 0, words.Length, tokens);
        var end = SpeakerTopic.End(words, tokens, 0, tokens.Count - 1);
        Assert.Equal(expected, words[..tokens[end].End]);
    }
}
