using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Tests.Sources;

namespace ClaimTracker.Core.Tests.Claims;

public class ArticleTokensTests
{
    [Fact]
    public void A_sentence_or_any_span_gets_the_tokens_its_own_split_gives_in_every_test_text()
    {
        // The sentence passes take their tokens from the article's split; a token the sentence's edge cuts must come out
        // as the sentence's own split makes it, or the rules would read other words.
        var texts = AliasWordsTests.TestTexts().ToList();
        var expected = new List<Token>();
        var copied = new List<Token>();
        var spans = 0;
        var cut = 0;
        foreach (var text in texts)
        {
            using var article = ArticleTokens.Of(text);
            var edges = SentenceSplitter.Split(text).Select(s => (s.Start, s.End))
                .Concat(Enumerable.Range(0, text.Length / 7).Select(i => (i * 7, Math.Min(text.Length, (i * 7) + 23))));
            foreach (var (start, end) in edges)
            {
                Token.Split(text, start, end, expected);
                article.CopyInto(start, end, copied);
                Assert.Equal(expected, copied);
                spans++;
                cut += article.All.ToArray().Any(t => (t.Start < start && t.End > start) || (t.Start < end && t.End > end)) ? 1 : 0;
            }
        }
        Assert.True(spans > 50_000 && cut > 1_000, $"Only {spans} spans, {cut} cutting a token, compared.");
    }
}
