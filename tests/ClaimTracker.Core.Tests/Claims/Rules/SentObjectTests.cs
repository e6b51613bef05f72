using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class SentObjectTests
{
    [Theory]
    [InlineData("Pyongyang was getting ready to send 3,000 more soldiers to make up for those lost.", "3,000")]
    [InlineData("The ministry said it would deploy 800 troops to replace the wounded.", "800")]
    public void Soldiers_right_after_a_send_verb_are_those_sent(string text, string number)
    {
        var run = CountPhraseRun.Of(SentObject.Rule, text, number);
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
    }

    [Fact]
    public void Leaves_soldiers_who_are_not_the_object_of_a_send_verb_alone()
    {
        var run = CountPhraseRun.Of(SentObject.Rule, "The army said 800 troops were killed after being sent to the front.", "800");
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }
}
