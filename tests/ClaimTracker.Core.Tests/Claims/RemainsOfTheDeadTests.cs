using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class RemainsOfTheDeadTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("A missile killed at least 30 people in a village, the interior minister said. He added that police had identified 18 of the bodies.", 18)]
    [InlineData("A missile killed at least 30 people in a village, the interior minister said. He added that soldiers had recovered 12 of the remains.", 12)]
    public void A_part_of_the_bodies_is_the_dead_themselves(string text, double value)
    {
        Assert.Equal("people", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
