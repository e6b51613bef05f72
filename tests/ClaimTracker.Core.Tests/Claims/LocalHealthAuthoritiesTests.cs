using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class LocalHealthAuthoritiesTests
{
    [Theory]
    [InlineData("Local health authorities", "the health ministry")]
    [InlineData("local health officials", "the health ministry")]
    [InlineData("the local health authorities", "the health ministry")]
    [InlineData("a local health worker", null)]
    [InlineData("local officials", null)]
    [InlineData("the health authorities", null)]
    public void Only_local_health_authorities_or_officials_stand_for_the_ministry(string words, string? expected) =>
        Assert.Equal(expected, LocalHealthAuthorities.AsAnaphor(words));
}
