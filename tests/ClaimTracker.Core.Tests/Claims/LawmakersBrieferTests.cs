using System.Buffers;
using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Tests.Sources;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="LawmakersBriefer"/>'s word test skips the split of a span of ASCII that holds none of the list's words
/// anywhere (branch `speed29`): its answer must be the split's, for every sentence and every sentence's first half of
/// every test text, both lists, and spellings whose case or script the search must not misread.
/// </summary>
public sealed class LawmakersBrieferTests
{
    private static readonly WordSet Lawmakers = WordLists.Set("lawmakerWords");
    private static readonly WordSet Spies = WordLists.Set("spyDomainWords");
    private static readonly WordSet Chambers = WordLists.Set("briefedChamberWords");

    private static bool Split(string text, int start, int end, WordSet words)
    {
        var tokens = new List<Token>();
        Token.Split(text, start, end, tokens);
        return tokens.Exists(t => t.IsWord && words.Contains(text.AsSpan(t.Start, t.Length)));
    }

    private static void AssertSame(string text, int start, int end, ref int found)
    {
        foreach (var words in new[] { Lawmakers, Spies, Chambers })
        {
            var any = SearchValues.Create([.. words.Words], StringComparison.OrdinalIgnoreCase);
            var expected = Split(text, start, end, words);
            Assert.Equal(expected, LawmakersBriefer.Has(text, start, end, words, any, []));
            found += expected ? 1 : 0;
        }
    }

    [Fact]
    public void The_word_test_is_the_splits_for_every_sentence_of_every_test_text()
    {
        var found = 0;
        var spans = 0;
        foreach (var text in AliasWordsTests.TestTexts())
        {
            foreach (var s in SentenceSplitter.Split(text))
            {
                AssertSame(text, s.Start, s.End, ref found);
                AssertSame(text, s.Start, s.Start + ((s.End - s.Start) / 2), ref found);
                spans += 2;
            }
        }
        Assert.True(spans > 20_000 && found > 50, $"Only {spans} spans, {found} holding a word, compared.");
    }

    [Theory]
    [InlineData("South Korean LAWMAKERS said", true)]
    [InlineData("Rep. Lee said", true)]
    [InlineData("the reporters and representatives said", false)]
    [InlineData("lawmakers' aides", true)]
    [InlineData("Parliamentary intelligence committee", true)]
    [InlineData("a lawmaker‑turned‑minister", true)]
    [InlineData("", false)]
    public void Spellings_answer_as_the_split_does(string text, bool either)
    {
        var found = 0;
        AssertSame(text, 0, text.Length, ref found);
        Assert.Equal(either, found > 0);
    }

    // 'ſ' and the dotless 'ı' are letters of no ASCII word, yet OrdinalIgnoreCase may equate them with one: such a span
    // is not ASCII, so it is split, and whatever the split says stands.
    [Fact]
    public void A_span_outside_ascii_is_split_whatever_the_search_says()
    {
        var found = 0;
        foreach (var text in new[] { "the ſpy agency's briefing", "LAWMAKERſ and ſPY", "parlıamentary", "İntelligence" })
        {
            AssertSame(text, 0, text.Length, ref found);
        }
    }
}
