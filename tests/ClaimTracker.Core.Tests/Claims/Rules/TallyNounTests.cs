using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class TallyNounTests
{
    private static readonly ClaimExtractor Extractor = new();

    // A counter that "counts" or "tallies" a figure gives it.
    [Theory]
    [InlineData("The ministry in Gaza counts 8,005 dead and 20,242 wounded.", 8005, "Gaza Health Ministry")]
    [InlineData("ACLED tallies about 4,000 deaths in the region since April.", 4000, "ACLED")]
    [InlineData("The UN refugee agency counts some 640,000 Sudanese refugees in Chad.", 640000, "UNHCR")]
    public void A_counter_that_counts_gives_the_figure(string sentence, int value, string source) =>
        Assert.Equal(source, Assert.Single(Extractor.Extract(sentence, null), c => c.Value == value).Source);

    // The plural noun names no speaker: nothing before it is read as one.
    [Theory]
    [InlineData("Volunteers, whose counts run ahead of the official ones, list 17 injured.", 17)]
    [InlineData("Why the counts matter: about 40 people were killed in Sumy on Sunday.", 40)]
    [InlineData("Its past counts have held up: 2,310 dead in 2014 came close to later estimates.", 2310)]
    public void The_noun_names_no_speaker(string sentence, int value) =>
        Assert.Null(Assert.Single(Extractor.Extract(sentence, null), c => c.Value == value).SourceMention);
}
