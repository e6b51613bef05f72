using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class NamedPeopleTests
{
    [Theory]
    [InlineData("Pyongyang sent 8,000 North Korean soldiers to Kursk.", "8,000", "troops", "North Korean")]
    [InlineData("The militia said 150 soldiers of the Sudanese army surrendered.", "150", "troops", "Sudanese")]
    [InlineData("Kigali has 2,000 troops from Rwanda in the east.", "2,000", "troops", "Rwandan")]
    [InlineData("Some 900 troops from Rwanda's army crossed the border.", "900", "troops", "Rwandan")]
    public void The_people_noun_and_its_nationality_give_the_subject(string text, string number, string noun, string nationality)
    {
        var run = CountPhraseRun.Of(NamedPeople.Rule, text, number);
        Assert.Equal(noun, run.Draft.Noun);
        Assert.Equal([nationality], run.Draft.Nationalities);
    }

    [Theory]
    [InlineData("The regiment came home, and nine of its members had died.", "nine", "troops")]
    [InlineData("The army said 14 members of the 3rd Brigade were killed.", "14", "troops")]
    [InlineData("The union said 14 members of the board were arrested.", "14", "members")]
    public void Members_of_a_military_unit_are_troops(string text, string number, string noun)
    {
        var run = CountPhraseRun.Of(NamedPeople.Rule, text, number);
        Assert.Equal(noun, run.Draft.Noun);
    }

    [Fact]
    public void Others_take_the_earlier_counts_people()
    {
        var run = CountPhraseRun.Of(NamedPeople.Rule, "The raid killed 12 Ukrainian soldiers and wounded 30 others.", "30");
        Assert.Equal("troops", run.Draft.Noun);
        Assert.Equal(["Ukrainian"], run.Draft.Nationalities);
    }

    [Theory]
    [InlineData("More than 80,000 people from Lebanon's border villages remain displaced.", "80,000")]
    [InlineData("About 12,500 people from Sudan's Gezira state have arrived in Kassala.", "12,500")]
    public void People_from_a_countrys_place_keep_no_nationality(string text, string number)
    {
        var run = CountPhraseRun.Of(NamedPeople.Rule, text, number);
        Assert.Empty(run.Draft.Nationalities);
    }

    [Fact]
    public void Leaves_a_bare_count_alone()
    {
        var run = CountPhraseRun.Of(NamedPeople.Rule, "Medics said more than 120 were killed in the raid.", "120");
        Assert.Null(run.Draft.NounWord);
        Assert.Empty(run.Draft.Nationalities);
    }
}
