using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class AppealTargetTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("The flash appeal seeks to help about 900,000 people until the end of the year.", 900000d)]
    [InlineData("The plan seeks US$ 1.4 billion to support 2.3 million people in the north.", 2300000d)]
    [InlineData("With your gifts we aim to reach 30,000 people before winter.", 30000d)]
    [InlineData("The UN launched a $2 billion appeal to help 4.5 million people in the region.", 4500000d)]
    [InlineData("The appeal will help around 80,000 people in the camps.", 80000d)]
    public void People_an_appeal_means_to_help_are_planned(string sentence, double value) =>
        Assert.Equal(ClaimStatus.Planned, Assert.Single(Extractor.Extract(sentence, null), c => c.Value == value).Status);

    [Fact]
    public void People_already_reached_are_reported() =>
        Assert.Equal(ClaimStatus.Reported, Assert.Single(Extractor.Extract("Aid groups have so far reached 45,000 people in the camps.", null), c => c.Value == 45000).Status);
}
