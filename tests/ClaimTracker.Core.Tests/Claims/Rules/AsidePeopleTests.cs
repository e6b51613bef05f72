using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class AsidePeopleTests
{
    [Fact]
    public void A_count_in_an_aside_is_an_aside_of_the_outer_count_and_takes_its_nationality()
    {
        var run = CountPhraseRun.Of(AsidePeople.Rule, "Strikes killed 40 Palestinians, including 15 children, in Rafah.", "15");
        Assert.Equal(40, run.Draft.AsideOf!.Number.Value);
        Assert.Equal(["Palestinian"], run.Draft.Nationalities);
    }

    [Fact]
    public void Leaves_a_count_outside_an_aside_alone()
    {
        var run = CountPhraseRun.Of(AsidePeople.Rule, "Strikes killed 40 Palestinians and the army lost 3 soldiers.", "3");
        Assert.Null(run.Draft.AsideOf);
    }
}
