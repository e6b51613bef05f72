using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CiviliansOnTheMoveTests
{
    [Theory]
    [InlineData("Aid groups said about 9,000 children had arrived in Adre without their parents.", "9,000")]
    [InlineData("An estimated 25,000 people had walked to the border town by Sunday.", "25,000")]
    [InlineData("Some 4,000 families reached the coast over the weekend.", "4,000")]
    public void Civilians_who_arrive_or_walk_somewhere_are_displaced(string text, string number)
    {
        var run = CountPhraseRun.Of(CiviliansOnTheMove.Rule, text, number);
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }

    [Theory]
    [InlineData("Aid teams have registered around 8,200 people who reached Tawila from El Fasher.", "8,200")]
    [InlineData("About 3,100 people who fled Kadugli have reached El Obeid.", "3,100")]
    public void Civilians_a_relative_clause_moves_are_displaced(string text, string number)
    {
        var run = CountPhraseRun.Of(CiviliansOnTheMove.Rule, text, number);
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }

    [Theory]
    [InlineData("About 400 soldiers arrived in the town on Monday.", "400", Metric.Deployed)]
    [InlineData("About 300 people were killed when they arrived at the market.", "300", Metric.Killed)]
    [InlineData("About 500 soldiers who arrived in May were wounded.", "500", Metric.Wounded)]
    public void Soldiers_who_arrive_and_civilians_with_another_fate_keep_their_metric(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(CiviliansOnTheMove.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }
}
