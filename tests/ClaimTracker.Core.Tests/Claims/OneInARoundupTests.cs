using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="OneInARoundup"/>: a sentence of its own for the place with a single casualty, after the roundup's count for
/// another place in the same paragraph, is a count; a lone one with no count before it is not.
/// </summary>
public sealed class OneInARoundupTests
{
    private static IReadOnlyList<ExtractedClaim> Claims(string text) => new ClaimExtractor().Extract(text, null);

    [Theory]
    [InlineData("Four people were wounded in the Sumy region overnight, officials said. One person was injured in Poltava.", Metric.Wounded)]
    [InlineData("At least 12 residents were killed in the Obolonskyi district, the mayor said. One man was killed in the Podilskyi district.", Metric.Killed)]
    public void A_single_casualty_after_another_places_count_is_read(string text, Metric metric) =>
        Assert.Contains(Claims(text), c => c.Value == 1 && c.Metric == metric);

    [Theory]
    [InlineData("Troops held the line near the river. One soldier was killed in Avdiivka.")]
    [InlineData("Four people were wounded in the Sumy region.\n\nOne person was injured in Poltava.")]
    // The count before names no place (a lowercase word after "in"), so nothing marks a roundup.
    [InlineData("Four people were wounded in the night, officials said. One person was injured in Poltava.")]
    public void A_lone_one_or_one_in_another_paragraph_is_no_count(string text) =>
        Assert.DoesNotContain(Claims(text), c => c.Value == 1);
}
