using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class SanctionedPeopleTests
{
    [Theory]
    [InlineData("UK sanctions four RSF commanders over mass killings in El Fasher", "four")]
    [InlineData("The UK has sanctioned four senior commanders of the Rapid Support Forces.", "four")]
    [InlineData("The European Union imposed sanctions on three RSF officers on Friday.", "three")]
    [InlineData("The court issued arrest warrants for two militia leaders.", "two")]
    public void A_count_named_by_a_sanction_or_a_warrant_is_dropped(string text, string number)
    {
        var run = CountPhraseRun.Of(SanctionedPeople.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("Army drones killed four RSF commanders near Kutum.", "four")]
    [InlineData("The strike on a bus carrying 30 people followed new sanctions, the ministry said.", "30")]
    public void A_count_with_no_measure_before_it_is_kept(string text, string number)
    {
        var run = CountPhraseRun.Of(SanctionedPeople.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }
}
