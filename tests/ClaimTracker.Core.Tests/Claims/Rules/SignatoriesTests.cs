using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class SignatoriesTests
{
    [Theory]
    [InlineData("In a letter signed by more than 600 nurses, the union called for the hospital to be protected.", "600")]
    [InlineData("More than 250 doctors have signed an open letter urging a ceasefire in the city.", "250")]
    [InlineData("A petition signed by 1,000 doctors called for the base to be closed.", "1,000")]
    public void Signatories_are_no_count(string text, string number)
    {
        var run = CountPhraseRun.Of(Signatories.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("The strike wounded 14 patients, the organisers of the petition said.", "14")]
    [InlineData("Some 40 soldiers signed up for the brigade last month.", "40")]
    public void Other_counts_are_kept(string text, string number)
    {
        var run = CountPhraseRun.Of(Signatories.Rule, text, number);
        Assert.True(run.Kept);
    }
}
