using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class FrontedPartitiveTests
{
    [Theory]
    [InlineData("Of the civilians, 430 were killed in the province, it said.", "430")]
    [InlineData("Of those wounded, 30 are in critical condition, doctors said.", "30")]
    [InlineData("Among the displaced, about 2,000 have reached the camp.", "2,000")]
    public void A_figure_after_a_fronted_group_counts_that_group(string text, string number)
    {
        var run = CountPhraseRun.Of(FrontedPartitive.Rule, text, number);
        Assert.InRange(run.Phrase.Noun, 2, run.Phrase.QualifierFirst - 2);
        Assert.True(run.Phrase.PartOfWhole);
    }

    [Fact]
    public void The_figure_takes_the_group_s_noun_as_its_subject()
    {
        var run = CountPhraseRun.Of(NamedPeople.Rule, "Of the civilians, 430 were killed in the province, it said.", "430");
        Assert.True(run.Kept);
        Assert.Equal("civilians", run.Draft.Noun);
    }

    [Theory]
    [InlineData("Of the 60 killed, 16 were children.", "16")]
    [InlineData("In the province, 430 were killed, it said.", "430")]
    [InlineData("Of the civilians who fled last week, many have returned and 300 remain in the camp.", "300")]
    public void Leaves_a_figure_with_its_own_noun_or_no_fronted_group_alone(string text, string number)
    {
        var run = CountPhraseRun.Of(FrontedPartitive.Rule, text, number);
        Assert.False(run.Phrase.Noun >= 0 && run.Phrase.Noun < run.Phrase.QualifierFirst);
    }
}
