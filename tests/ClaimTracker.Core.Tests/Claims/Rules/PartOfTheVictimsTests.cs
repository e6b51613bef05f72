using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class PartOfTheVictimsTests
{
    private static readonly PeopleContext Killed = new([], "people", false, Metric.Killed, 0, 0);

    [Theory]
    [InlineData("Two of the victims were members of one family, he added.", "Two")]
    [InlineData("Three of the children were aged 4, 9 and 15, the mayor said.", "Three")]
    [InlineData("\"Four of the victims were teachers at the local school,\" he wrote.", "Four")]
    public void A_part_of_the_victims_shares_their_fate(string text, string number)
    {
        var run = CountPhraseRun.Of(PartOfTheVictims.Rule, text, number, Killed);
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }

    [Fact]
    public void A_part_of_the_injured_children_is_injured()
    {
        var wounded = new PeopleContext([], "children", false, Metric.Wounded, 0, 0);
        var run = CountPhraseRun.Of(PartOfTheVictims.Rule, "Two of the children are toddlers, the governor said.", "Two", wounded);
        Assert.Equal(Metric.Wounded, run.Draft.Metric);
    }

    [Fact]
    public void A_part_of_the_displaced_gets_no_casualty_fate()
    {
        var fled = new PeopleContext([], "people", false, Metric.Displaced, 0, 0);
        var run = CountPhraseRun.Of(PartOfTheVictims.Rule, "Ten of the children are staying with relatives.", "Ten", fled);
        Assert.NotEqual(Metric.Killed, run.Draft.Metric);
        Assert.NotEqual(Metric.Displaced, run.Draft.Metric);
    }

    [Fact]
    public void A_clause_that_names_its_fate_keeps_it()
    {
        var run = CountPhraseRun.Of(PartOfTheVictims.Rule, "Six of the children were wounded by shrapnel.", "Six", Killed);
        Assert.Equal(Metric.Wounded, run.Draft.Metric);
    }
}
