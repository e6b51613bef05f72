using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ThreatenedDisplacementTests
{
    [Theory]
    [InlineData("The network warned that the fighting exposes more than 900,000 people to displacement.", "900,000")]
    [InlineData("The council said the strikes put 300,000 people at risk of displacement.", "300,000")]
    public void A_population_exposed_to_displacement_is_expected_to_be_displaced(string text, string number)
    {
        var run = CountPhraseRun.Of(ThreatenedDisplacement.Rule, text, number);
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
        Assert.Equal(ClaimStatus.Expected, run.Draft.Status);
    }

    [Theory]
    [InlineData("Some 9,000 people were displaced last week.", "9,000")]
    [InlineData("The agency said 127,000 children are at risk of dying from malnutrition.", "127,000")]
    public void A_displacement_that_happened_or_another_risk_is_left_alone(string text, string number)
    {
        var run = CountPhraseRun.Of(ThreatenedDisplacement.Rule, text, number);
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }
}
