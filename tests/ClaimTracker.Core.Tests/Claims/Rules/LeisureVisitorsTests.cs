using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class LeisureVisitorsTests
{
    [Fact]
    public void Tourists_without_a_fate_count_nobody()
    {
        var run = CountPhraseRun.Of(LeisureVisitors.Rule, "The coast drew about 200,000 tourists last summer.", "200,000");
        Assert.False(run.Kept);
    }

    [Fact]
    public void Tourists_killed_stay()
    {
        var run = CountPhraseRun.Of(LeisureVisitors.Rule, "A missile strike on the beach killed four tourists.", "four");
        Assert.True(run.Kept);
    }
}
