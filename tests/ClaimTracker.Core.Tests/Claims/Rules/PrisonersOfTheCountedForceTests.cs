using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class PrisonersOfTheCountedForceTests
{
    // Soldiers beside the count make the prisoners those soldiers; hostages, and prisoners beside villagers, keep their state.
    [Theory]
    [InlineData("The army lost 96 soldiers in the fighting, with 140 wounded and 37 taken prisoner.", "37", true)]
    [InlineData("The group said it had killed 58 soldiers at the checkpoint and taken 22 prisoner.", "22", true)]
    [InlineData("Its fighters killed 30 soldiers and took 12 prisoners near the bridge.", "12", true)]
    [InlineData("Gunmen killed 1,200 people and took 251 hostage, the officials said.", "251", false)]
    [InlineData("The raiders killed 40 villagers and took 12 prisoner.", "12", false)]
    public void A_count_taken_prisoner_beside_soldiers_is_those_soldiers(string text, string number, bool soldiers)
    {
        var run = CountPhraseRun.Of(PrisonersOfTheCountedForce.Rule, text, number);
        Assert.Equal(soldiers, run.Draft.Noun == "troops");
        Assert.Equal(soldiers, run.Draft.PrisonersOf is not null);
    }
}
