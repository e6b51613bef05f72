using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class PartitiveTests
{
    [Fact]
    public void The_part_takes_the_whole_s_noun_and_nationality()
    {
        var run = CountPhraseRun.Of(Partitive.Rule, "About 3,000 of the 12,000 North Korean soldiers sent there were killed or wounded.", "3,000");
        Assert.True(run.Phrase.PartOfWhole);
        Assert.True(run.Phrase.Noun > run.Phrase.NextBound, "the noun is the whole's, after its number");
        Assert.Equal(["North Korean"], run.Phrase.Nationalities);
    }

    [Fact]
    public void The_part_reads_the_verb_after_the_whole()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "Some 45,000 of the city's 300,000 residents have fled.", "45,000");
        Assert.True(run.Phrase.PartOfWhole);
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }

    [Fact]
    public void Leaves_a_count_of_things_alone()
    {
        var run = CountPhraseRun.Of(Partitive.Rule, "Only 40 of the 300 trucks reached the camp.", "40");
        Assert.False(run.Phrase.PartOfWhole);
    }

    [Fact]
    public void The_part_of_the_dead_held_takes_the_held_noun()
    {
        const string text = "Hamas has handed over the remains of 19 of the 27 dead captives.";
        var run = CountPhraseRun.Of(Partitive.Rule, text, "19");
        Assert.True(run.Phrase.PartOfWhole);
        Assert.Equal(run.Phrase.NextBound + 2, run.Phrase.Noun);
    }
}
