using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="WholeOfThings"/>: a share of a fronted whole of things counts things, not people.</summary>
public sealed class WholeOfThingsTests
{
    [Theory]
    [InlineData("Of the 265 sites identified south of the river, about 190 have gone to the army, a source said.", "190")]
    [InlineData("Of the 90 drones launched overnight, 71 were shot down, the air force said.", "71")]
    [InlineData("\"Of the 300 positions we counted, 220 are now with the army,\" the officer said.", "220")]
    [InlineData("The village is in ruins: of about 110 houses, the mayor says, no more than 20 can be lived in.", "20")]
    [InlineData("The camp is crowded; of the 40 tents, only 12 still have a roof.", "12")]
    public void A_share_of_things_counts_no_one(string text, string number)
    {
        var run = CountPhraseRun.Of(WholeOfThings.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("Of the 400 families displaced, 150 have found shelter in schools.", "150")]
    [InlineData("Of the 60 killed, 16 were children, the ministry said.", "16")]
    [InlineData("Of the 120 detainees released, 40 were women.", "40")]
    [InlineData("The strike hit the market: of the 60 people wounded, 16 were children.", "16")]
    public void A_share_of_people_is_kept(string text, string number)
    {
        var run = CountPhraseRun.Of(WholeOfThings.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }
}
