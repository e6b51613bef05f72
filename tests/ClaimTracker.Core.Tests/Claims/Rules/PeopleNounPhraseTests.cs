using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class PeopleNounPhraseTests
{
    [Theory]
    [InlineData("Pyongyang has sent 8,000 North Korean troops to the front.", "8,000", "troops")]
    [InlineData("The rebels said 600 junta soldiers had surrendered near the border.", "600", "soldiers")]
    [InlineData("The council said 45 more civilians had died overnight.", "45", "civilians")]
    [InlineData("The network said three of the hospital's nurses had been abducted.", "three", "nurses")]
    [InlineData("The agency states that another six colleagues lost their lives.", "six", "colleagues")]
    public void Finds_the_people_noun_after_the_number(string text, string number, string noun)
    {
        var run = CountPhraseRun.Of(PeopleNounPhrase.Rule, text, number);
        Assert.True(run.Phrase.Noun >= 0);
        Assert.Equal(noun, text[run.Draft.Number.End..].Split(' ', StringSplitOptions.RemoveEmptyEntries).First(w => w.StartsWith(noun[..3], StringComparison.Ordinal)));
        Assert.Equal(run.Phrase.Noun + 1, run.Phrase.AfterCount);
    }

    [Fact]
    public void Collects_the_nationality_and_the_more_on_the_way()
    {
        var run = CountPhraseRun.Of(PeopleNounPhrase.Rule, "Seoul said 2,000 more North Korean soldiers had arrived.", "2,000");
        Assert.Equal(["North Korean"], run.Phrase.Nationalities);
        Assert.True(run.Phrase.More);
    }

    [Fact]
    public void Marks_of_them_as_referring_back()
    {
        var run = CountPhraseRun.Of(PeopleNounPhrase.Rule, "Dozens of fighters were captured and 30 of them were later freed.", "30");
        Assert.True(run.Phrase.SawThem);
        Assert.Equal(-1, run.Phrase.Noun);
    }

    [Fact]
    public void Leaves_a_number_before_a_thing_without_a_noun()
    {
        var run = CountPhraseRun.Of(PeopleNounPhrase.Rule, "The army said it fired 300 shells at the town.", "300");
        Assert.Equal(-1, run.Phrase.Noun);
        Assert.False(run.Phrase.SawThem);
    }
}
