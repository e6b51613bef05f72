using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class IncrementTests
{
    [Theory]
    [InlineData("Seoul said 1,500 more soldiers had been sent.", "1,500", true)]
    [InlineData("The ministry said another 300 troops arrived on Monday.", "300", true)]
    [InlineData("In total, 9,000 soldiers have been sent so far.", "9,000", false)]
    public void Reads_an_addition_or_a_total(string text, string number, bool increment)
    {
        var run = CountPhraseRun.Of(Increment.Rule, text, number);
        Assert.Equal(increment, run.Draft.Increment);
    }

    [Fact]
    public void Leaves_a_plain_count_unknown()
    {
        var run = CountPhraseRun.Of(Increment.Rule, "Officials said 700 soldiers were wounded.", "700");
        Assert.Null(run.Draft.Increment);
    }
}
