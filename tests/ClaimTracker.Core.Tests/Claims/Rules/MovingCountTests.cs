using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="MovingCount"/>, read through <see cref="BareCount"/>.</summary>
public sealed class MovingCountTests
{
    [Theory]
    [InlineData("About 2,300 arrived in Adre on Tuesday alone, the local authorities said.", "2,300")]
    [InlineData("Another 870 crossed into Chad at Tine overnight, according to UNHCR.", "870")]
    [InlineData("By Friday more than 600 had already returned to the village.", "600")]
    [InlineData("Some 1,500 have streamed into Farchana since Sunday.", "1,500")]
    public void A_bare_count_that_moves_counts_people_with_none_named_before(string text, string number)
    {
        var run = CountPhraseRun.Of(BareCount.Rule, text, number);
        Assert.True(run.Kept);
        Assert.Equal("people", run.Draft.Noun);
    }

    [Theory]
    [InlineData("Trucks carrying 400 tonnes of food arrived in Adre on Monday.", "400")]
    [InlineData("The drones flew 40 kilometres and 12 reached Kyiv.", "12")]
    [InlineData("Russia launched 90 drones overnight, and 12 crossed into Belarus.", "12")]
    [InlineData("About 45 were sold at the market.", "45")]
    public void Things_that_move_or_a_count_after_things_count_nobody(string text, string number)
    {
        var run = CountPhraseRun.Of(BareCount.Rule, text, number);
        Assert.False(run.Kept && run.Draft.Noun == "people");
    }
}
