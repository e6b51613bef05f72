using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class HedgeTests
{
    [Theory]
    [InlineData("The agency said no fewer than 300 workers had been evacuated.", "300", Qualifier.AtLeast)]
    [InlineData("Officials put the dead at as high as 900 people by Tuesday.", "900", Qualifier.UpTo)]
    [InlineData("Rescuers said in excess of 1,200 people were still missing.", "1,200", Qualifier.MoreThan)]
    [InlineData("The navy said just under 40 sailors were hurt in the fire.", "40", Qualifier.LessThan)]
    public void Reads_the_hedge_before_the_number_and_starts_the_phrase_there(string text, string number, Qualifier qualifier)
    {
        var run = CountPhraseRun.Of(Hedge.Rule, text, number);
        Assert.Equal(qualifier, run.Draft.Qualifier);
        Assert.True(run.Phrase.QualifierFirst < run.Phrase.First);
        Assert.True(run.Draft.MentionStart < run.Draft.Number.Start);
    }

    [Fact]
    public void Leaves_a_plain_number_exact()
    {
        var run = CountPhraseRun.Of(Hedge.Rule, "The ministry said 250 soldiers were wounded on Monday.", "250");
        Assert.Equal(Qualifier.Exact, run.Draft.Qualifier);
        Assert.Equal(run.Phrase.First, run.Phrase.QualifierFirst);
    }

    [Theory]
    [InlineData("Each side handed over 160 prisoners at the border on Friday.", "160")]
    [InlineData("The police turned over 30 suspects to the prosecutor.", "30")]
    public void Over_after_a_verb_it_completes_is_no_hedge(string text, string number)
    {
        var run = CountPhraseRun.Of(Hedge.Rule, text, number);
        Assert.Equal(Qualifier.Exact, run.Draft.Qualifier);
        Assert.Equal(run.Phrase.First, run.Phrase.QualifierFirst);
    }

    [Theory]
    [InlineData("Over 160 prisoners were freed on Friday, the ministry said.", "160")]
    [InlineData("The gunmen took over 200 hostages at the hotel.", "200")]
    public void Over_before_a_count_is_still_more_than(string text, string number)
    {
        var run = CountPhraseRun.Of(Hedge.Rule, text, number);
        Assert.Equal(Qualifier.MoreThan, run.Draft.Qualifier);
    }
}
