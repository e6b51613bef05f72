using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class WoundedSentHomeTests
{
    [Fact]
    public void Wounded_soldiers_sent_home_are_evacuated()
    {
        var run = CountPhraseRun.Of(WoundedSentHome.Rule, "The agency said about 1,600 wounded soldiers had been sent home by train.", "1,600");
        Assert.Equal(Metric.Evacuated, run.Draft.Metric);
    }

    [Fact]
    public void Wounded_soldiers_in_hospital_stay_wounded()
    {
        var run = CountPhraseRun.Of(WoundedSentHome.Rule, "Another 40 wounded soldiers remain in hospital.", "40");
        Assert.Equal(Metric.Wounded, run.Draft.Metric);
    }

    [Theory]
    [InlineData("The spy agency said some 1,500 of the wounded had been flown back to North Korea for treatment.", "1,500")]
    [InlineData("About 300 of the injured were taken by train back to Pyongyang in March.", "300")]
    [InlineData("Roughly 900 of the wounded were flown or taken by train back to the North over the winter.", "900")]
    public void A_part_of_the_wounded_sent_back_is_evacuated(string text, string number)
    {
        var run = CountPhraseRun.Of(WoundedSentHome.Rule, text, number);
        Assert.Equal(Metric.Evacuated, run.Draft.Metric);
    }

    [Fact]
    public void A_part_of_the_wounded_taken_to_hospital_stays_wounded()
    {
        var run = CountPhraseRun.Of(WoundedSentHome.Rule, "Eleven of the injured were taken to the regional hospital.", "Eleven");
        Assert.Equal(Metric.Wounded, run.Draft.Metric);
    }
}
