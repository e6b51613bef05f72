using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class BreakdownGoesOnTests
{
    private const string Before = "Most casualties were recorded in Donetsk Oblast, where 402 children were killed or injured, the office said. ";

    [Theory]
    [InlineData("Kharkiv Oblast follows with 260.", 260, true)]
    [InlineData("Kharkiv Oblast comes next, with 260.", 260, true)]
    [InlineData("Kharkiv Oblast follows with 260 schools.", 260, false)]
    [InlineData("Kharkiv Oblast was shelled with 260 rockets.", 260, false)]
    public void A_ranked_place_with_a_bare_count_continues_the_sentence_before(string next, int value, bool counted)
    {
        var claims = new ClaimExtractor().Extract(Before + next, null);
        var claim = claims.FirstOrDefault(c => c.Value == value && c.Metric == Metric.KilledOrWounded);
        Assert.Equal(counted, claim is not null);
    }

    [Fact]
    public void With_no_count_before_the_ranking_counts_nothing()
    {
        Assert.Empty(new ClaimExtractor().Extract("Spending rose in every region, the ministry said. Lviv Oblast follows with 240.", null));
    }
}
