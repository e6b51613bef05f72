using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>Bare officials placed in a whole country are no body named before; a capital, a territory or a kind of official keeps its rules.</summary>
public sealed class PlacedOfficialsTests
{
    [Theory]
    [InlineData("officials in Russia", true)]
    [InlineData("Officials in Ukraine", true)]
    [InlineData("the authorities in Sudan", true)]
    [InlineData("local officials in North Korea", true)]
    [InlineData("Officials in Seoul", false)]
    [InlineData("Officials in Gaza", false)]
    [InlineData("health officials in Lebanon", false)]
    [InlineData("Russian officials", false)]
    [InlineData("officials", false)]
    public void Bare_officials_in_a_country_are_placed(string words, bool placed) =>
        Assert.Equal(placed, PlacedOfficials.InCountry(words));
}
