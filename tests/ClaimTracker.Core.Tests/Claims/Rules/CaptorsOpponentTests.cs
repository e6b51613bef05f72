using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CaptorsOpponentTests
{
    [Theory]
    [InlineData("Kyiv says Russia has illegally detained more than 1,500 civilians, not counting prisoners of war in Ukraine.", "1,500", "Ukrainian")]
    [InlineData("Officials in Ukraine said Russia had deported or forcibly transferred at least 19,000 children.", "19,000", "Ukrainian")]
    [InlineData("The mission in Ukraine documented the arbitrary detention of 60 civilians by Russian forces, 14 of whom were later released.", "60", "Ukrainian")]
    [InlineData("The mission in Ukraine documented the arbitrary detention of 60 civilians by Russian forces, 14 of whom were later released.", "14", "Ukrainian")]
    [InlineData("Kyiv says some 7,000 people are believed to be held by Russia.", "7,000", "Ukrainian")]
    public void People_a_country_holds_are_its_opponent_s(string text, string number, string nationality)
    {
        var run = CountPhraseRun.Of(CaptorsOpponent.Rule, text, number);
        Assert.Equal([nationality], run.Draft.Nationalities);
    }

    [Theory]
    [InlineData("Two North Korean soldiers captured by Ukrainian forces remain in a camp in Ukraine.", "Two", "North Korean")]
    [InlineData("Israeli forces detained 30 people in raids across the West Bank overnight.", "30", null)]
    [InlineData("Russian strikes killed 12 civilians in Ukraine on Monday.", "12", null)]
    public void Leaves_soldiers_killings_and_a_captor_with_no_opponent_named_alone(string text, string number, string? nationality)
    {
        var run = CountPhraseRun.Of(CaptorsOpponent.Rule, text, number);
        Assert.Equal(nationality is null ? [] : [nationality], run.Draft.Nationalities);
    }
}
