using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CarriedFateTests
{
    [Theory]
    [InlineData("An air strike on a flat in Tyre killed eight people, including a man and his four children.", "four")]
    [InlineData("The raids have killed 640 people, most of them fighters but also at least 95 civilians.", "95")]
    [InlineData("The agency condemned the killing of a boy in Rafah on Sunday, and of three children in Khan Younis.", "three")]
    public void A_count_joined_to_a_fate_keeps_it(string text, string number)
    {
        Assert.Equal(Metric.Killed, CountPhraseRun.Of(CarriedFate.Rule, text, number).Draft.Metric);
    }

    [Fact]
    public void Kin_outside_an_aside_keep_no_carried_fate()
    {
        var run = CountPhraseRun.Of(CarriedFate.Rule, "The strike killed eight people; a man and his four children survived.", "four");
        Assert.NotEqual(Metric.Killed, run.Draft.Metric);
    }
}
