using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>
/// The gate before <see cref="MetricWord"/>'s branches (branch `speed10`): a word it turns away must be one no branch
/// reads a metric from, on every test article and at any reading limit, so the gate changes no answer; a branch that
/// opens on a word the gate's lists miss fails here instead of silently losing its metric.
/// </summary>
public sealed class MetricTriggersTests
{
    [Fact]
    public void No_branch_reads_a_metric_from_a_word_the_gate_turns_away()
    {
        var read = 0;
        foreach (var (reader, i, count) in TestArticleWords.All())
        {
            foreach (var limit in new[] { count, Math.Min(i + 1, count) })
            {
                if (MetricWord.Ungated(reader, i, limit) is { } metric)
                {
                    read++;
                    Assert.True(MetricTriggers.May(reader, i), $"\"{reader.Word(i)}\" reads {metric} but the gate turns it away.");
                }
            }
        }
        Assert.True(read > 10_000, $"Only {read} metrics read.");
    }

    [Fact]
    public void A_word_in_no_list_names_no_metric_at_any_limit()
    {
        const string text = "The ceremony for 300 soldiers was held, and 12 were taken prisoner.";
        var sentence = SentenceSplitter.Split(text).Single();
        var tokens = new List<Token>();
        Token.Split(text, sentence.Start, sentence.End, tokens);
        var reader = new PeopleCountReader(text, tokens, sentence, 0);
        var ceremony = tokens.FindIndex(t => text[t.Start..t.End] == "ceremony");
        var taken = tokens.FindIndex(t => text[t.Start..t.End] == "taken");
        Assert.False(MetricTriggers.May(reader, ceremony));
        Assert.Null(MetricWord.At(reader, ceremony, tokens.Count));
        Assert.Null(MetricWord.At(reader, ceremony, ceremony + 1));
        Assert.True(MetricTriggers.May(reader, taken));
        Assert.Equal(Metric.Captured, MetricWord.At(reader, taken, tokens.Count));
    }
}
