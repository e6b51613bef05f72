using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>
/// The memo keeps a word's metric for every limit unless the word is one whose branches read on up to the limit
/// (<see cref="MetricWord.ReadsToTheLimit"/>, branch `speed56`): every other word must name the same metric at any
/// limit, on every test article, or the memo would answer a later ask with a metric read under another limit.
/// </summary>
public sealed class MetricLimitTests
{
    [Fact]
    public void A_word_that_reads_nothing_up_to_the_limit_names_the_same_at_every_limit()
    {
        var read = 0;
        foreach (var (reader, i, count) in TestArticleWords.All())
        {
            if (!MetricTriggers.May(reader, i) || MetricWord.ReadsToTheLimit(reader, i))
            {
                continue;
            }
            var atEnd = MetricWord.Ungated(reader, i, count);
            read += atEnd is null ? 0 : 1;
            foreach (var limit in new[] { i, i + 1, Math.Min(i + 3, count) })
            {
                Assert.True(atEnd == MetricWord.Ungated(reader, i, limit), $"\"{reader.Word(i)}\" names {atEnd} at the sentence's end but not at limit {limit - i} words on.");
            }
        }
        Assert.True(read > 10_000, $"Only {read} metrics read.");
    }

    [Fact]
    public void A_word_that_reads_to_the_limit_is_kept_under_its_limit_only()
    {
        const string text = "Some 300 soldiers were killed, and 40 who returned to the front were held for questioning.";
        var sentence = SentenceSplitter.Split(text).Single();
        var tokens = new List<Token>();
        Token.Split(text, sentence.Start, sentence.End, tokens);
        var reader = new PeopleCountReader(text, tokens, sentence, 0);
        var killed = tokens.FindIndex(t => text[t.Start..t.End] == "killed");
        var returned = tokens.FindIndex(t => text[t.Start..t.End] == "returned");
        var held = tokens.FindIndex(t => text[t.Start..t.End] == "held");
        Assert.False(MetricWord.ReadsToTheLimit(reader, killed));
        Assert.True(MetricWord.ReadsToTheLimit(reader, returned));
        Assert.True(MetricWord.ReadsToTheLimit(reader, held));
        Assert.Equal(Metric.Killed, MetricWord.At(reader, killed, killed + 1));
        Assert.Equal(Metric.Killed, MetricWord.At(reader, killed, tokens.Count));
        Assert.Equal(Metric.ReturnedToDuty, MetricWord.At(reader, returned, tokens.Count));
        Assert.Equal(MetricWord.Ungated(new PeopleCountReader(text, tokens, sentence, 0), returned, returned + 1), MetricWord.At(reader, returned, returned + 1));
        Assert.Equal(Metric.Detained, MetricWord.At(reader, held, tokens.Count));
        Assert.Equal(MetricWord.Ungated(new PeopleCountReader(text, tokens, sentence, 0), held, held + 1), MetricWord.At(reader, held, held + 1));
    }
}
