using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class FindingThatTests
{
    [Theory]
    [InlineData("The review found that 40 people died.")]
    [InlineData("The review concluded in November that 40 people died.")]
    [InlineData("The review found last week that 40 people died.")]
    [InlineData("The review concluded in mid-March that 40 people died.")]
    [InlineData("The review concluded in early 2024 that 40 people died.")]
    public void A_finding_verb_before_that_past_a_time_is_reported_speech(string sentence) =>
        Assert.True(Reads(sentence));

    [Theory]
    [InlineData("Rescuers found bodies in the rubble that had lain there for days.")]
    [InlineData("Rescuers found 40 bodies.")]
    [InlineData("The review concluded, in the end, that 40 people died.")]
    public void A_finding_with_other_words_before_that_is_not(string sentence) =>
        Assert.False(Reads(sentence));

    private static bool Reads(string sentence)
    {
        var tokens = new List<Token>();
        Token.Split(sentence, 0, sentence.Length, tokens);
        var verb = tokens.FindIndex(t => t.IsWord && FindingThat.Verbs.Contains(sentence.AsSpan(t.Start, t.Length)));
        return FindingThat.Is(sentence, tokens, verb);
    }
}
