using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class DefendantsTests
{
    [Theory]
    [InlineData("A regional court found three paratroopers guilty of shelling a village.", "three")]
    [InlineData("Two former camp guards get 14 years in the first trial over the prison.", "Two")]
    [InlineData("The tribunal convicted four militia commanders over the deaths of 60 villagers.", "four")]
    [InlineData("A military court sentenced five officers to life in prison.", "five")]
    public void Defendants_are_no_count(string text, string number)
    {
        var run = CountPhraseRun.Of(Defendants.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("The tribunal convicted four militia commanders over the deaths of 60 villagers.", "60")]
    [InlineData("Shelling killed 12 civilians in the village that spring, prosecutors told the court.", "12")]
    [InlineData("The court found that 30 prisoners had been beaten.", "30")]
    public void Victims_beside_a_verdict_are_kept(string text, string number)
    {
        var run = CountPhraseRun.Of(Defendants.Rule, text, number);
        Assert.True(run.Kept);
    }
}
