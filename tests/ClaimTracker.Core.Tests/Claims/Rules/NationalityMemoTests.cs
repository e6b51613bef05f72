using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Tests.Sources;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>
/// The per-sentence memo of <see cref="Nationality.At"/> (branch `speed17`): every token of every test article, asked
/// through one reader in an order the rules never use (last word first, each twice), answers as <c>At</c> does anew,
/// including one past the end; so the rules that now ask through the reader read what they read before.
/// </summary>
public sealed class NationalityMemoTests
{
    [Fact]
    public void Every_token_answers_as_a_fresh_look_up_in_any_order()
    {
        var named = 0;
        foreach (var text in AliasWordsTests.TestTexts())
        {
            var tokens = new List<Token>();
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                tokens.Clear();
                Token.Split(text, sentence.Start, sentence.End, tokens);
                var reader = new PeopleCountReader(text, tokens, sentence, 0);
                for (var pass = 0; pass < 2; pass++)
                {
                    for (var i = tokens.Count; i >= 0; i--)
                    {
                        var fresh = Nationality.At(text, tokens, i);
                        Assert.Equal(fresh, reader.NationalityAt(i));
                        named += pass == 0 && fresh is not null ? 1 : 0;
                    }
                }
            }
        }
        Assert.True(named > 1_000, $"Only {named} nationalities named.");
    }

    [Fact]
    public void A_phrase_of_several_words_is_kept_at_its_first_word()
    {
        const string text = "Some 300 North Korean soldiers and 40 Russians were killed.";
        var sentence = SentenceSplitter.Split(text).Single();
        var tokens = new List<Token>();
        Token.Split(text, sentence.Start, sentence.End, tokens);
        var reader = new PeopleCountReader(text, tokens, sentence, 0);
        var north = tokens.FindIndex(t => text[t.Start..t.End] == "North");
        Assert.Equal(2, reader.NationalityAt(north)?.Tokens);
        Assert.Equal(2, reader.NationalityAt(north)?.Tokens);
        Assert.Null(reader.NationalityAt(tokens.Count));
    }
}
