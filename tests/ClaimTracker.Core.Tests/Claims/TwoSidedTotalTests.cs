using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class TwoSidedTotalTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("GAZA - The WHO chief said more than 11,200 people had been killed, including more than 9,900 in Gaza and 1,300 in Israel.", 11200)]
    [InlineData("GAZA - Tedros said over 10,800 people have died, including 9,500 in Gaza and 1,300 in Israel, since 7 October.", 10800)]
    public void A_total_over_both_sides_keeps_no_nation(string text, double value)
    {
        Assert.Equal("people", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Theory]
    [InlineData("GAZA - The health ministry said 8,100 people had been killed, including 3,200 in Gaza City and 800 in Rafah.", 8100)]
    public void A_gaza_total_whose_parts_are_all_in_gaza_stays_palestinian(string text, double value)
    {
        Assert.Equal("Palestinian people", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Theory]
    [InlineData("GAZA - Tedros said 10,900 people had been killed, including 9,600 in Gaza and 1,300 in Israel. More than 24,000 people have also been injured in Gaza, he said.", 24000, "people")]
    [InlineData("GAZA - Tedros said 10,900 people had been killed, including 9,600 in Gaza and 1,300 in Israel. More than 24,000 people have been injured in Gaza, he said.", 24000, "Palestinian people")]
    [InlineData("GAZA - The ministry said 9,900 people had been killed in Gaza. More than 24,000 people have also been injured in Gaza, it said.", 24000, "Palestinian people")]
    public void The_injured_told_as_a_two_sided_totals_companion_keep_no_nation(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
