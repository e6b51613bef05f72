using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class PopulationOrSourceCountTests
{
    [Theory]
    [InlineData("The shelling hit a town of 20,000 people near the coast.", "20,000")]
    [InlineData("The valley is home to 300,000 people and two dams.", "300,000")]
    [InlineData("Floods reached a district where 90,000 people live.", "90,000")]
    [InlineData("Two people familiar with the plan said the troops would move.", "Two")]
    public void Stops_a_population_or_a_description_of_the_source(string text, string number)
    {
        var run = CountPhraseRun.Of(PopulationOrSourceCount.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Fact]
    public void Leaves_people_killed_in_a_town_alone()
    {
        var run = CountPhraseRun.Of(PopulationOrSourceCount.Rule, "Shelling killed 20 people in the town on Sunday.", "20");
        Assert.True(run.Kept);
    }

    [Theory]
    [InlineData("The camp was home to roughly 170 families who had fled the fighting.", "170")]
    [InlineData("The school was home to some 90 people displaced from Omdurman.", "90")]
    public void Keeps_a_place_home_to_people_who_fled_there(string text, string number)
    {
        var run = CountPhraseRun.Of(PopulationOrSourceCount.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }

    [Theory]
    [InlineData("The camp is home to about 450,000 displaced people and a clinic.", "450,000")]
    [InlineData("Jordan has long been home to some 600,000 Syrian refugees.", "600,000")]
    public void Keeps_a_place_home_to_people_its_count_names_displaced(string text, string number)
    {
        var run = CountPhraseRun.Of(PopulationOrSourceCount.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }
}
