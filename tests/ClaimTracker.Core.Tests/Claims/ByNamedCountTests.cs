using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

// ByOwnersCount.NamedCount: "by an AFP tally", "by a UN count" — the registered body named before the noun owns the count.
public sealed class ByNamedCountTests
{
    [Theory]
    [InlineData("Shelling resumed on Sunday. More than 240 people have been killed in southern Lebanon since October, by an AFP tally.", 240, "AFP")]
    [InlineData("Fighting reached the capital in April. Nearly 3,100 people have died in the clashes so far, by a UN count.", 3100, "UN")]
    public void The_named_body_owns_the_count(string text, double value, string source)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == value);
        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void A_peoples_adjective_is_no_owner() =>
        Assert.Null(Assert.Single(new ClaimExtractor().Extract("Some 70 fighters have died since the spring, by an Israeli count.", null)).Source);
}
