using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class SendingStateTests
{
    [Fact]
    public void Troops_sent_by_a_government_are_of_its_country()
    {
        var run = CountPhraseRun.Of(SendingState.Rule, "The Pentagon has already sent 1,500 soldiers to the border.", "1,500");
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
        Assert.Equal(["American"], run.Draft.Nationalities);
    }

    [Fact]
    public void Leaves_troops_sent_by_no_known_sender_alone()
    {
        var run = CountPhraseRun.Of(SendingState.Rule, "The coalition has already sent 1,500 soldiers to the border.", "1,500");
        Assert.Empty(run.Draft.Nationalities);
    }
}
