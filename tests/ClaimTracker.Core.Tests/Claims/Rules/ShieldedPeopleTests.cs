using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ShieldedPeopleTests
{
    [Theory]
    [InlineData("A concrete pillar shielded him and two of his children, he said, but his daughter was killed.", "two")]
    [InlineData("His father shielded him and three of his cousins, but his mother was killed.", "three")]
    [InlineData("The wall shielded 12 people in the basement.", "12")]
    public void People_a_protecting_act_covered_are_no_count(string text, string number)
    {
        var run = CountPhraseRun.Of(ShieldedPeople.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("The strike killed 12 people, and the wall shielded the rest.", "12")]
    [InlineData("He shielded the wounded while shelling killed four people.", "four")]
    public void A_toll_beside_a_protecting_act_stays(string text, string number)
    {
        var run = CountPhraseRun.Of(ShieldedPeople.Rule, text, number);
        Assert.True(run.Kept);
    }
}
