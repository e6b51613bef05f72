using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class HeadlineLeaderTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Kim lays flowers for soldiers who fell in Russia's war\n\nState television showed the leader receiving the coffins of 16 soldiers flown back from Russia.", 16, "North Korean troops")]
    [InlineData("Kim Jong Un honours the war dead\n\nState television showed coffins of 16 soldiers flown back from Russia.", 16, "North Korean troops")]
    [InlineData("Governor Vitaliy Kim reports shelling in Mykolaiv\n\nThe coffins of 16 soldiers were flown back from the front.", 16, "Ukrainian troops")]
    public void A_leaders_headline_names_the_force(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    /// <summary>
    /// The leader is looked up in place, not as a copy of the word (issue 10 deliver 4, branch `speed27`): over every
    /// token of every test text, and the same words in upper case, the answer must be the copy's.
    /// </summary>
    [Fact]
    public void Looked_up_in_place_as_a_copy_of_the_word_over_every_test_text()
    {
        var leaders = WordLists.Pairs(WordLists.Set("leaders"));
        var named = 0;
        foreach (var original in TestDataTexts.All().Append("Kim KIM kim Kım K\u0130M"))
        {
            foreach (var text in new[] { original, original.ToUpperInvariant() })
            {
                var tokens = new List<Token>();
                Token.Split(text, 0, text.Length, tokens);
                for (var i = 0; i < tokens.Count; i++)
                {
                    var t = tokens[i];
                    Nationality? expected = !t.IsWord || !leaders.TryGetValue(text.Substring(t.Start, t.Length), out var country) ? null
                        : i > 0 && tokens[i - 1].IsWord && char.IsUpper(text[tokens[i - 1].Start]) ? null : Nationality.OfCountry(country);
                    Assert.Equal(expected, HeadlineLeader.At(text, tokens, i));
                    named += expected is null ? 0 : 1;
                }
            }
        }
        Assert.True(named > 0, "No test text names a leader.");
    }
}
