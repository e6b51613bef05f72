using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="UnitsOfNations"/>: soldiers of two peoples' units are both peoples'.</summary>
public sealed class UnitsOfNationsTests
{
    [Theory]
    [InlineData("The agency said some 230 servicemen of Russian and North Korean units had been killed in the area.", "230")]
    [InlineData("Around 90 soldiers of North Korean and Russian units were killed near Sudzha.", "90")]
    public void Soldiers_of_two_peoples_units_are_both_peoples(string text, string number)
    {
        var run = CountPhraseRun.Of(UnitsOfNations.Rule, text, number);
        Assert.Equal(2, run.Draft.Nationalities.Count);
        Assert.Contains("Russian", run.Draft.Nationalities);
        Assert.Contains("North Korean", run.Draft.Nationalities);
    }

    [Fact]
    public void Soldiers_of_one_peoples_units_are_left_to_other_rules()
    {
        var run = CountPhraseRun.Of(UnitsOfNations.Rule, "Some 60 soldiers of Russian units were killed near the village.", "60");
        Assert.Empty(run.Draft.Nationalities);
    }
}
