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
}
