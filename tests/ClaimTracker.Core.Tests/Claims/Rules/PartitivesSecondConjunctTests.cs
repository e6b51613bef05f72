using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="PartitivesSecondConjunct"/>: a count joined to "N of its soldiers" belongs to the same owner.</summary>
public sealed class PartitivesSecondConjunctTests
{
    [Theory]
    [InlineData("Israel says 83 of its soldiers and 47 civilians were killed in that war.", "47")]
    [InlineData("The Israeli army said 14 of its soldiers and three civilians were wounded.", "three")]
    public void A_count_after_a_partitive_takes_its_owner(string text, string number)
    {
        var run = CountPhraseRun.Of(PartitivesSecondConjunct.Rule, text, number);
        Assert.True(run.Kept);
        Assert.Equal(["Israeli"], run.Draft.Nationalities);
    }

    [Theory]
    [InlineData("Israel says 83 soldiers and 47 civilians were killed in that war.", "47")]
    [InlineData("Israel says 83 of its soldiers were killed, and 47 civilians died in Lebanon.", "47")]
    public void A_count_after_no_partitive_keeps_its_own(string text, string number)
    {
        var run = CountPhraseRun.Of(PartitivesSecondConjunct.Rule, text, number);
        Assert.True(run.Kept);
        Assert.DoesNotContain("Israeli", run.Draft.Nationalities);
    }
}
