using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>"can be heard", "was heard", "could be seen" between a speaker and its reporting verb are no part of the speaker.</summary>
public sealed class PerceivedSpeechTests
{
    [Theory]
    [InlineData("a senior field commander can be heard", "commander")]
    [InlineData("Zelensky was heard", "Zelensky")]
    [InlineData("the officer could be seen", "officer")]
    [InlineData("reports heard", "heard")]
    [InlineData("the ministry", "ministry")]
    public void The_speaker_ends_before_the_periphrasis(string words, string last)
    {
        var tokens = new List<Token>();
        Token.Split(words, 0, words.Length, tokens);
        var end = PerceivedSpeech.Skip(words, tokens, tokens.Count - 1);
        Assert.Equal(last, words.Substring(tokens[end].Start, tokens[end].Length));
    }
}
