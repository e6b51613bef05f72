using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class LostComradesTests
{
    [Theory]
    [InlineData("Although we lost six comrades, you carried out the order.", "six")]
    [InlineData("The unit had lost nine comrades in the mine-clearing mission.", "nine")]
    public void Comrades_lost_point_back_to_the_units_people(string text, string number)
    {
        var run = CountPhraseRun.Of(LostComrades.Rule, text, number);
        Assert.True(run.Phrase.SawThem);
    }

    [Fact]
    public void Comrades_not_lost_are_left_alone()
    {
        var run = CountPhraseRun.Of(LostComrades.Rule, "He thanked six comrades for their work.", "six");
        Assert.False(run.Phrase.SawThem);
    }
}
