using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class OwnHouseholdTests
{
    [Theory]
    [InlineData("\"I have to feed 12 people and there is nothing left,\" he said.", "12")]
    [InlineData("My brother and I must support nine people on one salary.", "nine")]
    [InlineData("She said she had a family of seven to look after.", "seven")]
    [InlineData("He has a family of eight to feed in a tent in Mawasi.", "eight")]
    public void A_household_to_keep_is_no_claim(string text, string number)
    {
        var run = CountPhraseRun.Of(OwnHousehold.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("Her group was feeding about 3,000 people a day, the organisers said.", "3,000")]
    [InlineData("The kitchens feed 40,000 people in northern Gaza, WFP said.", "40,000")]
    [InlineData("\"I saw 12 people killed,\" he said.", "12")]
    [InlineData("The strike killed a family of seven in Bureij.", "seven")]
    public void A_kitchen_or_a_toll_is_left_to_the_other_rules(string text, string number)
    {
        var run = CountPhraseRun.Of(OwnHousehold.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }
}
