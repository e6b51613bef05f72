using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="PhraseEnds"/> turns a token away before <see cref="WordPhrases"/> compares every phrase there
/// (<see cref="Homecoming"/>, <see cref="CarryingOff"/>, <see cref="SceneAfterSpeaker"/>; issue 10 deliver 4): over every test text, wherever a phrase of
/// those lists starts or ends at a token, the gate must let that token through.
/// </summary>
public sealed class PhraseEndsTests
{
    public static TheoryData<string> Lists => ["homecomingPhrases", "freedShares", "abductingPhrasalVerbs", "scenePhrases"];

    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_phrase_found_in_a_test_text_passes_the_gate(string list)
    {
        var phrases = new WordPhrases(WordLists.Set(list));
        var ends = new PhraseEnds(WordLists.Set(list));
        var found = 0;
        foreach (var text in TestDataTexts.All().Append(string.Join(". ", WordLists.Set(list).Words)))
        {
            var tokens = new List<Token>();
            Token.Split(text, 0, text.Length, tokens);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (phrases.StartsBetween(text, tokens, i, i + 1))
                {
                    Assert.True(ends.MayStartBetween(text, tokens, i, i + 1));
                    Assert.True(ends.MayStartBetween(text, tokens, i - 3, i + 3));
                    found++;
                }
                if (phrases.EndsAt(text, tokens, i))
                {
                    Assert.True(ends.MayEndAt(text, tokens, i));
                    found++;
                }
            }
        }
        Assert.True(found > 0, $"No phrase of {list} was found.");
    }

    [Fact]
    public void Words_that_open_or_close_no_phrase_are_turned_away()
    {
        const string text = "They took away 30 women and came home.";
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        var abducting = new PhraseEnds(WordLists.Set("abductingPhrasalVerbs"));
        var homecoming = new PhraseEnds(WordLists.Set("homecomingPhrases"));
        Assert.True(abducting.MayEndAt(text, tokens, 2));
        Assert.False(abducting.MayEndAt(text, tokens, 1));
        Assert.False(abducting.MayEndAt(text, tokens, 99));
        Assert.True(homecoming.MayStartBetween(text, tokens, 3, 8));
        Assert.False(homecoming.MayStartBetween(text, tokens, 0, 5));
    }
}
