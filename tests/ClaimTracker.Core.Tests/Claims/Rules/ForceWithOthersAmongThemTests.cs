using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="ForceWithOthersAmongThem"/>: a force a country gathers with others among them is both peoples'.</summary>
public sealed class ForceWithOthersAmongThemTests
{
    [Theory]
    [InlineData("The paper reported that Russia had gathered a force of 45,000 troops, North Koreans among them, for the offensive.", "45,000")]
    [InlineData("Moscow had massed a force of 40,000 soldiers, with North Koreans among them, near the border.", "40,000")]
    public void A_gathered_force_is_the_gatherers_and_the_others(string text, string number)
    {
        var run = CountPhraseRun.Of(ForceWithOthersAmongThem.Rule, text, number);
        Assert.Equal(["Russian", "North Korean"], run.Draft.Nationalities);
    }

    [Fact]
    public void A_force_with_no_people_among_them_is_left_to_other_rules()
    {
        // Since branch source85 "Russia had gathered" is a deed, not Russia speaking, so the troops may be Russia's own;
        // this rule adds no one among them.
        var run = CountPhraseRun.Of(ForceWithOthersAmongThem.Rule, "Russia had gathered a force of 45,000 troops, officials said.", "45,000");
        Assert.DoesNotContain("North Korean", run.Draft.Nationalities);
    }
}
