using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// "Reaffirmed" and "reiterated" report a figure as "said" does: "Israeli authorities on Wednesday reaffirmed that 23
/// hostages are still alive" (attribution.json reportingVerbs).
/// </summary>
public sealed class ReaffirmedFigureTests
{
    [Theory]
    [InlineData("Israeli authorities on Wednesday reaffirmed that 23 hostages are still alive in Gaza.", 23, "Israeli government")]
    [InlineData("The Pentagon reiterated that about 11,000 North Korean troops were in Russia.", 11000, "Pentagon")]
    [InlineData("UNICEF reaffirmed on Monday that at least 40 children had been killed in the attacks.", 40, "UNICEF")]
    public void The_body_that_reaffirms_is_the_source(string sentence, int value, string source)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(sentence, null), c => c.Value == value);
        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void A_stance_reaffirmed_lends_no_source_to_a_later_toll()
    {
        var claims = new ClaimExtractor().Extract("The Foreign Ministry reaffirmed its stance on the war.\n\nAt least 12 people were killed in the strike.", null);
        var claim = Assert.Single(claims, c => c.Value == 12);
        Assert.Null(claim.Source);
    }
}
