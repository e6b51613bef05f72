using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class CountryInABodysNameTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("The Central Committee of Sudan Doctors said at least 58 civilians had been killed across the country.", 58)]
    [InlineData("In a statement, the Central Union of Sudan Doctors said 37 civilians were killed in the shelling.", 37)]
    public void A_doctors_body_named_by_its_country_places_no_civilians(string text, double value)
    {
        Assert.Equal("civilians", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Theory]
    [InlineData("At least 41 civilians were killed in Sudan on Monday, the UN said.", 41, "Sudanese civilians")]
    public void A_country_named_as_a_place_still_counts_its_civilians(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
