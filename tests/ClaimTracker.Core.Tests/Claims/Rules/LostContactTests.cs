using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="LostContact"/> and <see cref="TracingRequests"/>: people whose fate their own side or their families do not know.</summary>
public sealed class LostContactTests
{
    [Theory]
    [InlineData("The ambulance service has lost contact with six of its paramedics.", "six")]
    [InlineData("The company lost touch with 14 workers after the flood.", "14")]
    [InlineData("The agency has received requests from families concerning more than 8,700 people.", "8,700")]
    [InlineData("It holds enquiries regarding some 1,200 detainees since the fighting began.", "1,200")]
    public void A_fate_no_one_knows_is_missing(string text, string number) =>
        Assert.Equal((true, Metric.Missing), Read(text, number));

    [Fact]
    public void Lost_soldiers_and_a_hedged_count_after_a_request_keep_their_readings()
    {
        Assert.Equal((true, Metric.KilledOrWounded), Read("The army said it had lost 20 soldiers in the week.", "20"));
        Assert.Equal((true, Metric.Other), Read("Aid groups received requests for help from about 300 families.", "300"));
    }

    // Whether the count was kept, and the fate the clause gave it.
    private static (bool Kept, Metric? Metric) Read(string text, string number)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        return (run.Kept, run.Draft.Metric);
    }
}
