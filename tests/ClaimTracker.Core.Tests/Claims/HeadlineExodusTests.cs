using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>A headline's bare figure followed by a verb of fleeing counts people displaced (HeadlineExodus).</summary>
public sealed class HeadlineExodusTests
{
    private static readonly ClaimExtractor Extractor = new() { MergeRepeats = true };

    [Theory]
    [InlineData("Over 8,500 flee Darfur town in three days as fighting nears\n\nMore than 8,500 residents have left the town since Sunday, the agency said.", 8500)]
    [InlineData("More than 12,000 cross into Chad after attack on camp\n\nAid groups said the new arrivals needed water and shelter.", 12000)]
    [InlineData("Nearly 4,200 uprooted in a week as clashes spread\n\nThe clashes began on Monday in the east of the state.", 4200)]
    [InlineData("Almost 900 escaped to the hills, says local official\n\nThe official spoke by telephone from the district capital.", 900)]
    public void A_headline_figure_that_flees_is_a_count_of_people_displaced(string text, double value)
    {
        var claim = Assert.Single(Extractor.Extract(text, null), c => c.Value == value && c.Quote.Length < 70);
        Assert.Equal(Metric.Displaced, claim.Metric);
        Assert.Equal("people", claim.Subject);
    }

    [Fact]
    public void A_headline_figure_stays_its_own_claim_before_the_bodys_statement()
    {
        var claims = Extractor.Extract("Over 5,000 flee the city in two days, says UN agency\n\nMore than 5,000 civilians have been forced from their homes in the city over two days, the agency said on Friday.", null);
        Assert.Equal(2, claims.Count(c => c.Value == 5000));
    }

    [Fact]
    public void A_participle_before_its_noun_is_left_to_the_noun()
    {
        // "3,000 displaced people" names its people itself; the headline figure is read once, not twice.
        var claims = Extractor.Extract("Some 3,000 displaced people shelter in school as rains come\n\nThe school was built for 600 pupils.", null);
        Assert.True(claims.Count(c => c.Value == 3000) <= 1);
    }

    [Fact]
    public void A_headline_figure_before_another_verb_is_no_exodus()
    {
        // "2025 marks": a year, a score or a day of a war in a headline is no count of people.
        Assert.DoesNotContain(Extractor.Extract("2,000 mark anniversary of the siege with vigil\n\nCrowds gathered in the square on Sunday.", null), c => c.Value == 2000);
    }
}
