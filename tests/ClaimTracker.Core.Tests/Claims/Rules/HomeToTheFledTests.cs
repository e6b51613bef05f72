using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class HomeToTheFledTests
{
    [Fact]
    public void A_demonym_who_fled_is_displaced()
    {
        var run = CountPhraseRun.Of(HomeToTheFled.Rule, "Lebanon is home to about 1.5 million Syrians who fled the civil war.", "1.5 million");
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }
}
