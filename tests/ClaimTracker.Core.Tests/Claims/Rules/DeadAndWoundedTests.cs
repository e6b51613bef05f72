using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class DeadAndWoundedTests
{
    [Theory]
    [InlineData("Some 40 dead and wounded arrived at the hospital overnight.", "40")]
    [InlineData("About 200 wounded and dead were brought to the field clinic.", "200")]
    [InlineData("The shelling left more than 500 killed or injured in the town.", "500")]
    public void Dead_and_wounded_together_are_killed_or_wounded(string text, string number)
    {
        var run = CountPhraseRun.Of(DeadAndWounded.Rule, text, number);
        Assert.Equal(Metric.KilledOrWounded, run.Draft.Metric);
    }

    [Fact]
    public void Dead_with_a_second_count_of_wounded_is_left_alone()
    {
        var run = CountPhraseRun.Of(DeadAndWounded.Rule, "The strike left 40 dead and 12 wounded.", "40");
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }
}
