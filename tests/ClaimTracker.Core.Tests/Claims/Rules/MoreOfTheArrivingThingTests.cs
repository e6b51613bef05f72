using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class MoreOfTheArrivingThingTests
{
    [Theory]
    [InlineData("The first drone landed behind us, another came, then two more.", "two")]
    [InlineData("One shell fell on the school, a second followed, then three more, she said.", "three")]
    public void More_after_a_weapon_are_no_people(string text, string number)
    {
        // The people of the toll told before, as in the eyewitness account of Unseen48 aljazeera-al-damer.
        var killed = new PeopleContext([], "people", false, Metric.Killed, 0, 0);
        var run = CountPhraseRun.Of(MoreOfTheArrivingThing.Rule, text, number, killed);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("A drone hit the market, killing five people, then two more died in hospital.", "two")]
    [InlineData("A drone hit the market and wounded several people, then two more.", "two")]
    [InlineData("Rescuers pulled out four survivors, then two more.", "two")]
    public void More_people_or_more_with_a_verb_stay(string text, string number)
    {
        // Stopped by no rule, or by an earlier one (a count of things before it), never wrongly kept as drones here.
        var killed = new PeopleContext([], "people", false, Metric.Killed, 0, 0);
        var run = CountPhraseRun.Of(MoreOfTheArrivingThing.Rule, text, number, killed);
        Assert.True(run.Kept || !run.ReachedRule);
    }
}
