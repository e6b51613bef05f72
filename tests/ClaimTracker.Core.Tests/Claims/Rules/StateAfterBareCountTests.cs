using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="StateAfterBareCount"/>, read through <see cref="BareCount"/>.</summary>
public sealed class StateAfterBareCountTests
{
    private static readonly PeopleContext Hostages = new([], "hostages", false, Metric.Captured, 0, 0);

    [Theory]
    [InlineData("Gunmen seized some 230 people, with about 105 remaining in Gaza.", "105")]
    [InlineData("The war has killed 38,100 people, with another 8,000 believed to be dead under the rubble.", "8,000")]
    [InlineData("Officials said 60 presumed to be alive were moved to the south.", "60")]
    [InlineData("Some 40 still in captivity were moved.", "40")]
    public void A_state_after_a_bare_count_makes_it_a_count_of_people(string text, string number)
    {
        var run = CountPhraseRun.Of(BareCount.Rule, text, number, Hostages);
        Assert.True(run.Kept);
    }

    [Theory]
    [InlineData("The 30 remaining trucks were turned back at the gate.", "30")]
    [InlineData("Of the 12 remaining generators, two work.", "12")]
    public void A_state_word_before_a_noun_describes_things(string text, string number)
    {
        var run = CountPhraseRun.Of(BareCount.Rule, text, number, Hostages);
        Assert.False(run.Kept);
    }
}
