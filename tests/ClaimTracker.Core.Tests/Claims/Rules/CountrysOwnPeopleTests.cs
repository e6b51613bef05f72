using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CountrysOwnPeopleTests
{
    [Fact]
    public void The_countrys_soldiers_are_the_nation_named_before_the_count()
    {
        var run = CountPhraseRun.Of(CountrysOwnPeople.Rule, "Ukrainian officials have said as many as 100 of the country's soldiers are being killed each day, where Russian forces have been advancing.", "100");
        Assert.Equal(["Ukrainian"], run.Draft.Nationalities);
    }

    [Fact]
    public void With_no_nation_before_the_count_none_is_given()
    {
        var run = CountPhraseRun.Of(CountrysOwnPeople.Rule, "Officials have said as many as 90 of the country's soldiers are being killed each day.", "90");
        Assert.Empty(run.Draft.Nationalities);
    }

    [Fact]
    public void Soldiers_of_a_named_army_are_not_pointed_back()
    {
        var run = CountPhraseRun.Of(CountrysOwnPeople.Rule, "Ukrainian officials said 100 of the soldiers were killed.", "100");
        Assert.Empty(run.Draft.Nationalities);
    }
}
