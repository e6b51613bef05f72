using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>Texts built to make extraction slow or its output huge: one endless sentence, thousands of figures.</summary>
public sealed class HostileTextTests
{
    private static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
        {
            text.Append(unit);
        }
        return text.ToString(0, length);
    }

    private static string Counted(string format, int length, int first = 1)
    {
        var text = new StringBuilder(length + 64);
        for (var n = first; text.Length < length; n++)
        {
            text.Append(string.Format(CultureInfo.InvariantCulture, format, n));
        }
        return text.ToString();
    }

    [Fact]
    public void A_sentence_longer_than_the_limit_is_split_at_clause_punctuation()
    {
        var clause = "the brigade moved 300 soldiers north of the river; ";
        var text = Repeat(clause, 5000).TrimEnd(' ', ';') + ".";

        var sentences = SentenceSplitter.Split(text);

        Assert.True(sentences.Count >= 3);
        Assert.All(sentences, s => Assert.InRange(s.End - s.Start, 1, SentenceSplitter.MaxLength));
        // Every piece but the last ends at a clause mark, and together they cover the text.
        Assert.All(sentences.SkipLast(1), s => Assert.Equal(';', text[s.End - 1]));
        Assert.Equal(0, sentences[0].Start);
        Assert.Equal(text.Length, sentences[^1].End);
    }

    [Fact]
    public void A_sentence_without_clause_punctuation_is_split_between_words_at_the_limit()
    {
        var text = Repeat("1,000 troops and ", 10_000);

        var sentences = SentenceSplitter.Split(text);

        Assert.All(sentences.SkipLast(1), s => Assert.InRange(s.End - s.Start, SentenceSplitter.MaxLength / 2, SentenceSplitter.MaxLength));
        Assert.All(sentences.Skip(1), s => Assert.Equal(' ', text[s.Start - 1]));
        Assert.All(sentences.SkipLast(1), s => Assert.False(char.IsWhiteSpace(text[s.End - 1])));
    }

    [Fact]
    public void A_sentence_with_no_space_at_all_is_cut_at_the_limit()
    {
        var text = new string('x', 4500) + " 5 soldiers died.";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal([SentenceSplitter.MaxLength, SentenceSplitter.MaxLength], sentences.Take(2).Select(s => s.End - s.Start));
    }

    [Fact]
    public void Ordinary_sentences_are_not_split()
    {
        var text = "The ministry said 400 soldiers were killed, 120 were wounded and 35 are missing. Officials gave no details.";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(2, sentences.Count);
        Assert.Equal("The ministry said 400 soldiers were killed, 120 were wounded and 35 are missing.", text[sentences[0].Start..sentences[0].End]);
    }

    [Fact]
    public void A_long_sentence_is_quoted_as_a_window_around_the_figure_cut_at_words_and_marked()
    {
        var before = Repeat("the convoy passed through villages along the eastern road ", 900).Trim();
        var after = Repeat(" while officials in the capital declined to comment further", 900);
        var text = before + " and the ministry said 4,500 soldiers were killed" + after + ".";

        var claim = Assert.Single(new ClaimExtractor().Extract(text));

        Assert.Equal(4500, claim.Value);
        Assert.InRange(claim.Quote.Length, 500, QuoteWindow.MaxLength);
        Assert.StartsWith("…", claim.Quote, StringComparison.Ordinal);
        Assert.EndsWith("…", claim.Quote, StringComparison.Ordinal);
        Assert.Contains("4,500 soldiers were killed", claim.Quote, StringComparison.Ordinal);
        // The quoted words are the text's, at QuoteStart, cut between words.
        var words = claim.Quote[1..^1];
        Assert.Equal(words, text.Substring(claim.QuoteStart, words.Length));
        Assert.Equal(' ', text[claim.QuoteStart - 1]);
        Assert.Equal(' ', text[claim.QuoteStart + words.Length]);
        // The figure sits near the middle of the window.
        var at = claim.Quote.IndexOf("4,500", StringComparison.Ordinal);
        Assert.InRange(at, 200, 400);
    }

    [Fact]
    public void A_figure_near_the_start_of_a_long_sentence_takes_the_window_from_the_start()
    {
        var text = "Officials said 70 soldiers were killed" + Repeat(" and the fighting went on through the night", 3000) + ".";

        var claim = Assert.Single(new ClaimExtractor().Extract(text));

        Assert.Equal(0, claim.QuoteStart);
        Assert.StartsWith("Officials said 70 soldiers", claim.Quote, StringComparison.Ordinal);
        Assert.EndsWith("…", claim.Quote, StringComparison.Ordinal);
        Assert.InRange(claim.Quote.Length, 550, QuoteWindow.MaxLength);
    }

    [Fact]
    public void A_short_sentence_is_quoted_whole_without_marks()
    {
        const string text = "The ministry said 400 soldiers were killed.";

        var claim = Assert.Single(new ClaimExtractor().Extract(text));

        Assert.Equal(text, claim.Quote);
        Assert.Equal(0, claim.QuoteStart);
    }

    [Fact]
    public void Two_hundred_kilobytes_of_one_figure_repeated_give_short_quotes_and_a_small_output()
    {
        var text = Repeat("1,000 troops and ", 200 * 1024);

        var extraction = new ClaimExtractor().Extract(text, null, CancellationToken.None);

        Assert.NotEmpty(extraction.Claims);
        Assert.InRange(extraction.Claims.Count, 1, ClaimExtractor.DefaultMaxClaims);
        Assert.All(extraction.Claims, c => Assert.InRange(c.Quote.Length, 1, QuoteWindow.MaxLength));
        Assert.InRange(extraction.Claims.Sum(c => c.Quote.Length), 1, 1_000_000);
    }

    [Fact]
    public void At_most_the_limit_of_claims_is_kept_and_the_extraction_says_so()
    {
        var text = Counted("{0:N0} troops were sent. ", 60_000, first: 1000);

        var extraction = new ClaimExtractor().Extract(text, null, CancellationToken.None);

        Assert.Equal(ClaimExtractor.DefaultMaxClaims, extraction.Claims.Count);
        Assert.True(extraction.ReachedLimit);
        Assert.Equal("The article has more than 1,000 figures about people; only the first 1,000 claims were kept.", extraction.Warning);
        // The first figures of the article are the ones kept, in order.
        Assert.Equal(Enumerable.Range(1000, 1000).Select(n => (double?)n), extraction.Claims.Select(c => c.Value));
    }

    [Fact]
    public void The_limit_can_be_set_and_an_article_under_it_has_no_warning()
    {
        var text = Counted("{0:N0} troops were sent. ", 2_000, first: 1000);

        var capped = new ClaimExtractor { MaxClaims = 10 }.Extract(text, null, CancellationToken.None);
        var whole = new ClaimExtractor().Extract(text, null, CancellationToken.None);

        Assert.Equal(10, capped.Claims.Count);
        Assert.Contains("more than 10 figures", capped.Warning, StringComparison.Ordinal);
        Assert.False(whole.ReachedLimit);
        Assert.Null(whole.Warning);
        Assert.True(whole.Claims.Count > 10);
        Assert.Equal(whole.Claims.Take(10).Select(c => c.Value), capped.Claims.Select(c => c.Value));
    }

    [Fact]
    public void A_cancelled_token_stops_extraction()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var text = Counted("{0:N0} troops and ", 100_000);

        Assert.ThrowsAny<OperationCanceledException>(() => new ClaimExtractor().Extract(text, null, cancelled.Token));
    }

    [Fact]
    public void A_cancelled_token_stops_reading()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new ArticleReader().Read(Encoding.UTF8.GetBytes("Officials said 70 soldiers died."), "a.txt", cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => new ArticleReader().ReadText("<p>Officials said 70 soldiers died.</p>", cancelled.Token));
    }

    [Fact]
    public void A_mention_after_thousands_of_articles_does_not_exhaust_the_stack()
    {
        var text = Repeat("the ", 400_000) + "UN said 5 soldiers died.";

        var claim = Assert.Single(new ClaimExtractor().Extract(text));

        Assert.Equal(5, claim.Value);
    }

    // The shapes that used to cost the square of their length (one endless sentence; a paragraph of bare numbers, each
    // looking back over the whole paragraph for its people) are read at about the speed of text. The bound is a hundred
    // times what they take here, and far below the minutes the quadratic reading took for a megabyte.
    [Theory]
    [InlineData("{0:N0} troops and ")]
    [InlineData("{0} have been there. ")]
    public void A_megabyte_of_hostile_text_is_extracted_in_bounded_time(string unit)
    {
        var text = Counted(unit, 1024 * 1024);

        var watch = Stopwatch.StartNew();
        var extraction = new ClaimExtractor().Extract(text, null, CancellationToken.None);
        watch.Stop();

        Assert.InRange(extraction.Claims.Count, 0, ClaimExtractor.DefaultMaxClaims);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(60));
    }
}
