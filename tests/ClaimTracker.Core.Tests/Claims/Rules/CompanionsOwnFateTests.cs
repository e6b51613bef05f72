using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CompanionsOwnFateTests
{
    [Theory]
    [InlineData("The hospital said it had received 27 of the dead, along with 60 wounded people.", "60")]
    [InlineData("A clinic in Rafah took in 14 bodies alongside 30 injured children.", "30")]
    public void A_companion_count_takes_the_fate_of_its_own_noun_phrase(string text, string number)
    {
        var run = CountPhraseRun.Of(CompanionsOwnFate.Rule, text, number);
        Assert.Equal(Metric.Wounded, run.Draft.Metric);
    }

    [Fact]
    public void A_count_with_no_fate_word_of_its_own_keeps_the_clause_fate()
    {
        var run = CountPhraseRun.Of(CompanionsOwnFate.Rule, "The strike killed 27 soldiers along with 3 civilians.", "3");
        Assert.NotEqual(Metric.Wounded, run.Draft.Metric);
    }
}
