using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>
/// <see cref="FigureFirstRow"/>: an explainer's fact list that puts the figure first and its label after a colon ("- N:
/// label") takes the fate the label names first, and the label's demonym when it opens on one; a label that opens on its
/// own people noun, or names no fate, is left as it reads. Page furniture keeps such rows under a body crosshead.
/// </summary>
public sealed class FigureFirstRowTests
{
    private const string Lede = "Floods and fighting: the year in figures\n\nThe fighting spread to three more provinces this year, aid groups said on Monday.\n\n";

    [Fact]
    public void A_figure_first_row_takes_the_fate_its_label_names()
    {
        var claims = new ClaimExtractor().Extract(Lede + "Who is missing?\n- 2,480: missing after the dam burst\n- 910: detained at checkpoints in the east\n", null);
        Assert.Equal(Metric.Missing, On(claims, 2480).Metric);
        Assert.Equal(Metric.Detained, On(claims, 910).Metric);
    }

    [Fact]
    public void A_label_opening_on_a_demonym_gives_the_row_its_people()
    {
        var claims = new ClaimExtractor().Extract(Lede + "Where have people gone?\n- 75,000: Congolese who have fled into Uganda since March\n", null);
        var row = On(claims, 75000);
        Assert.Equal(Metric.Displaced, row.Metric);
        Assert.Contains("Congolese", row.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_with_no_fate_is_no_count_of_people()
    {
        var claims = new ClaimExtractor().Extract(Lede + "What was hit?\n- 340: bridges washed away\n- 58: clinics shut by the fighting\n", null);
        Assert.DoesNotContain(claims, c => c.Value is 340 or 58);
    }

    private static ExtractedClaim On(IReadOnlyList<ExtractedClaim> claims, int value)
    {
        var found = claims.FirstOrDefault(c => c.Value == value);
        Assert.True(found is not null, string.Join(" | ", claims.Select(c => $"{c.Value} {c.Metric} {c.Subject} {c.Quote}")));
        return found;
    }
}
