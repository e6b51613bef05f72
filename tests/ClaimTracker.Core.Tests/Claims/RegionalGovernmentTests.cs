using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class RegionalGovernmentTests
{
    // "the regional administration added", "according to the city military administration": the level alone, no place.
    private static readonly string[] Bare =
        ["the regional administration", "The regional military administration", "the Regional State Administration", "the city military administration"];

    // A government, another kind of body, or a country's administration is not read so.
    private static readonly string[] NotBare = ["the regional government", "the Trump administration", "the regional police"];

    [Fact]
    public void The_administration_by_its_level_alone()
    {
        Assert.All(Bare, words => Assert.True(RegionalGovernment.IsBareAdministration(words), words));
        Assert.All(NotBare, words => Assert.False(RegionalGovernment.IsBareAdministration(words), words));
    }
}
