using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class FormerOrLatterTests
{
    [Theory]
    [InlineData("the former", 0)]
    [InlineData("The former", 0)]
    [InlineData("the latter", 1)]
    [InlineData("The latter ", 1)]
    [InlineData("former", -1)]
    [InlineData("the former president", -1)]
    [InlineData("the ministry", -1)]
    public void Only_the_former_or_the_latter_points_into_a_pair(string words, int expected) =>
        Assert.Equal(expected, FormerOrLatter.Index(words));
}
