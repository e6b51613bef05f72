using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CarryingCapacityTests
{
    [Theory]
    [InlineData("A landing ship, which analysts say could carry up to 300 troops, returned to port.", "300")]
    [InlineData("The vessel can accommodate more than 250 troops, the agency said.", "250")]
    [InlineData("Two aircraft, each capable of carrying 120 soldiers, were parked at the airfield.", "120")]
    public void A_figure_after_can_carry_is_a_capacity(string text, string number)
    {
        var run = CountPhraseRun.Of(CarryingCapacity.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("Russia could send up to 30,000 more troops, officials said.", "30,000")]
    [InlineData("The ship was carrying 300 migrants when it sank.", "300")]
    public void A_figure_sent_or_carried_is_left_alone(string text, string number)
    {
        var run = CountPhraseRun.Of(CarryingCapacity.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }
}
