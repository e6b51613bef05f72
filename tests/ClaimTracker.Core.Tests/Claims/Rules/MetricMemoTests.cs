using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>
/// The per-sentence memo of <see cref="MetricWord.At"/> (branch `speed6`) gives back exactly what was kept, for the
/// token and limit it was kept under only: a metric, "no metric" (null) told apart from "nothing kept", a limit of -1,
/// another limit or token never answered, a token off the sentence or a limit too large never kept; and the rules'
/// answers through the memo are those worked out anew.
/// </summary>
public sealed class MetricMemoTests
{
    [Fact]
    public void Gives_back_what_was_kept_for_that_token_and_limit_only()
    {
        var memo = new MetricMemo(4);
        Assert.False(memo.TryGet(1, 3, out _));
        Assert.Equal(Metric.Killed, memo.Keep(1, 3, Metric.Killed));
        Assert.True(memo.TryGet(1, 3, out var killed));
        Assert.Equal(Metric.Killed, killed);
        Assert.False(memo.TryGet(1, 2, out _));
        Assert.False(memo.TryGet(0, 3, out _));
    }

    [Fact]
    public void No_metric_is_kept_apart_from_nothing_kept()
    {
        var memo = new MetricMemo(2);
        memo.Keep(0, -1, null);
        Assert.True(memo.TryGet(0, -1, out var none));
        Assert.Null(none);
        Assert.False(memo.TryGet(1, -1, out _));
    }

    [Fact]
    public void None_at_any_limit_answers_every_limit_of_that_token_only()
    {
        var memo = new MetricMemo(2);
        Assert.Null(memo.KeepNone(0));
        foreach (var limit in new[] { -1, 0, 1, 2, 1 << 20 })
        {
            Assert.True(memo.TryGet(0, limit, out var none));
            Assert.Null(none);
        }
        Assert.False(memo.TryGet(1, 2, out _));
        Assert.Null(memo.KeepNone(5));
    }

    [Fact]
    public void A_metric_kept_at_any_limit_answers_every_limit_of_that_token_only()
    {
        var memo = new MetricMemo(2);
        Assert.Equal(Metric.Wounded, memo.KeepAtAnyLimit(0, Metric.Wounded));
        Assert.Null(memo.KeepAtAnyLimit(1, null));
        foreach (var limit in new[] { -1, 0, 1, 2, 1 << 20 })
        {
            Assert.True(memo.TryGet(0, limit, out var wounded));
            Assert.Equal(Metric.Wounded, wounded);
            Assert.True(memo.TryGet(1, limit, out var none));
            Assert.Null(none);
        }
        Assert.Equal(Metric.Killed, memo.KeepAtAnyLimit(5, Metric.Killed));
        Assert.False(memo.TryGet(5, 2, out _));
    }

    [Fact]
    public void The_last_limit_asked_replaces_the_one_before()
    {
        var memo = new MetricMemo(1);
        memo.Keep(0, 5, Metric.Evacuated);
        memo.Keep(0, 7, Metric.Deployed);
        Assert.False(memo.TryGet(0, 5, out _));
        Assert.True(memo.TryGet(0, 7, out var deployed));
        Assert.Equal(Metric.Deployed, deployed);
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(2, 3)]
    [InlineData(0, -2)]
    [InlineData(0, int.MaxValue)]
    public void Off_the_sentence_or_out_of_range_is_never_kept(int token, int limit)
    {
        var memo = new MetricMemo(2);
        Assert.Equal(Metric.Missing, memo.Keep(token, limit, Metric.Missing));
        Assert.False(memo.TryGet(token, limit, out _));
    }

    [Fact]
    public void Every_metric_comes_back_as_kept()
    {
        var metrics = Enum.GetValues<Metric>();
        var memo = new MetricMemo(metrics.Length);
        for (var i = 0; i < metrics.Length; i++)
        {
            memo.Keep(i, i + 1, metrics[i]);
        }
        for (var i = 0; i < metrics.Length; i++)
        {
            Assert.True(memo.TryGet(i, i + 1, out var back));
            Assert.Equal(metrics[i], back);
        }
    }

    [Fact]
    public void A_word_asked_again_reads_as_a_fresh_sentence_reads_it()
    {
        const string text = "Some 300 soldiers were killed and 120 wounded, while 4,000 civilians fled their homes and 12 were taken prisoner.";
        var sentence = SentenceSplitter.Split(text).Single();
        var tokens = new List<Token>();
        Token.Split(text, sentence.Start, sentence.End, tokens);
        var asked = new PeopleCountReader(text, tokens, sentence, 0);
        for (var i = 0; i < tokens.Count; i++)
        {
            MetricWord.At(asked, i, Math.Min(i + 1, tokens.Count));
            MetricWord.At(asked, i, tokens.Count);
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var limit in new[] { tokens.Count, Math.Min(i + 1, tokens.Count) })
            {
                Assert.Equal(MetricWord.At(new PeopleCountReader(text, tokens, sentence, 0), i, limit), MetricWord.At(asked, i, limit));
            }
        }
        Assert.Equal(Metric.Killed, MetricWord.At(asked, tokens.FindIndex(t => text[t.Start..t.End] == "killed"), tokens.Count));
    }
}
