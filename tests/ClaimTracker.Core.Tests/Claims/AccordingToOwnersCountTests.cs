using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class AccordingToOwnersCountTests
{
    [Theory]
    [InlineData("The Israeli military said a reservist was killed on Monday. According to the army's own count, 17 soldiers have died in Lebanon since October.", 17, "IDF")]
    [InlineData("The Israeli military said a reservist was killed on Monday. According to the army's tally, 17 soldiers have died in Lebanon since October.", 17, "IDF")]
    [InlineData("Gaza's health ministry said 40 people were killed on Sunday. Nearly 9,000 women are among the dead, according to the ministry's previous breakdown.", 9000, "Gaza Health Ministry")]
    public void The_owner_of_the_count_is_the_body_named_before(string text, double value, string source)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == value);
        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void A_person_with_a_possessive_is_no_bodys_count() =>
        Assert.Null(Assert.Single(new ClaimExtractor().Extract("According to the boy's father, three children were taken to hospital after the strike.", null)).Source);
}
