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

    /// <summary>
    /// The two sentence lists an article lends its readers are kept for the next article on the thread (issue 10
    /// deliver 4, branch `speed27`): they are distinct from each other and from the article's tokens, come back to the
    /// next article, and whatever one article left in them changes nothing another extracts (every test text extracted
    /// in order and again in the reverse order gives the same claims).
    /// </summary>
    [Fact]
    public void The_lent_sentence_lists_are_distinct_kept_and_change_no_claim()
    {
        List<Token> sentence, copy;
        using (var first = ArticleTokens.Of("Troops moved in. Twelve people were hurt."))
        {
            (sentence, copy) = (first.SentenceScratch, first.CopyScratch);
            Assert.NotSame(sentence, copy);
            Assert.Same(sentence, first.SentenceScratch);
            sentence.Add(first.All[0]);
            copy.Add(first.All[1]);
        }
        using (var second = ArticleTokens.Of("Another article."))
        {
            Assert.Same(sentence, second.SentenceScratch);
            Assert.Same(copy, second.CopyScratch);
        }
        var extractor = new ClaimExtractor();
        var texts = AliasWordsTests.TestTexts().ToList();
        var forward = texts.Select(t => System.Text.Json.JsonSerializer.Serialize(extractor.Extract(t, null))).ToList();
        for (var i = texts.Count - 1; i >= 0; i--)
        {
            Assert.Equal(forward[i], System.Text.Json.JsonSerializer.Serialize(extractor.Extract(texts[i], null)));
        }
    }

    /// <summary>
    /// A span whose last token the end cuts is the article's tokens before it and that token split alone (branch
    /// `speed29`): the dateline's read of each sentence's first 80 characters, and a span ending one character into each
    /// token of every test text, give exactly what a split of the span gives.
    /// </summary>
    [Fact]
    public void A_span_cut_inside_its_last_token_gets_the_split_of_the_span()
    {
        var expected = new List<Token>();
        var copied = new List<Token>();
        var cut = 0;
        foreach (var text in AliasWordsTests.TestTexts())
        {
            using var article = ArticleTokens.Of(text);
            var all = article.All.ToArray();
            var spans = SentenceSplitter.Split(text).Select(s => (s.Start, Math.Min(s.End, s.Start + 80)))
                .Concat(all.Where(t => t.Length > 1).Select(t => (Math.Max(0, t.Start - 40), t.Start + 1)))
                .Concat(all.Where(t => t.Length > 2).Select(t => (t.Start, t.End - 1)));
            foreach (var (start, end) in spans)
            {
                Token.Split(text, start, end, expected);
                article.CopyInto(start, end, copied);
                Assert.Equal(expected, copied);
                Assert.Equal(expected.Select(t => t.Joined), copied.Select(t => t.Joined));
                cut += all.Any(t => t.Start >= start && t.Start < end && t.End > end) ? 1 : 0;
            }
        }
        Assert.True(cut > 10_000, $"Only {cut} spans cutting their last token compared.");
    }

    [Fact]
    public void Splitting_onto_a_list_adds_the_splits_tokens_after_those_it_holds()
    {
        const string text = "The U.S. said 1,500 troops, and 2.5 more, left.";
        var into = new List<Token> { new(0, 3, true) };
        Token.SplitOnto(text, 4, text.Length, into);
        var alone = new List<Token>();
        Token.Split(text, 4, text.Length, alone);
        Assert.Equal([new Token(0, 3, true), .. alone], into);
        Assert.Contains(into, t => t.Joined);
    }
}
