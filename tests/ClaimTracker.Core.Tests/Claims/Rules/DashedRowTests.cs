using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>
/// <see cref="DashedRow"/>: a "by the numbers" row that puts its figure first and its people after a dash ("N — people
/// fate") or, on a bulleted row, after a colon ("- N: Belarusian troops sent …"), reads as if the figure stood before its
/// people; a dash inside a sentence, a row of things and a clock time before a dash count nobody.
/// </summary>
public sealed class DashedRowTests
{
    private const string Lede = "The blockade in figures\n\nThe blockade entered its fifth month on Sunday, aid agencies said.\n\nBY THE NUMBERS\n\n";

    [Fact]
    public void A_dashed_row_counts_the_people_after_its_dash()
    {
        var claims = new ClaimExtractor().Extract(Lede + "2,140 — civilians killed since the blockade began\n\nAround 600 — people wounded in the shelling of the market\n", null);
        Assert.Equal(Metric.Killed, On(claims, 2140).Metric);
        Assert.Equal(Metric.Wounded, On(claims, 600).Metric);
        Assert.Equal(Qualifier.Approximately, On(claims, 600).Qualifier);
    }

    [Fact]
    public void A_bulleted_row_whose_label_opens_on_people_crosses_its_colon()
    {
        var claims = new ClaimExtractor().Extract(Lede + "Where are the foreign troops?\n- 3,000-4,000: Chadian troops sent across the border (Western estimates)\n", null);
        var row = claims.FirstOrDefault(c => c.Low == 3000 && c.High == 4000);
        Assert.True(row is not null, string.Join(" | ", claims.Select(c => $"{c.Value} {c.Low}-{c.High} {c.Metric} {c.Subject}")));
        Assert.Equal(Metric.Deployed, row.Metric);
        Assert.Contains("Chadian", row.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_of_things_and_clock_times_count_nobody()
    {
        var claims = new ClaimExtractor().Extract(Lede + "75 — trucks let through the crossing\n\n09:45 - Soldiers cross the river\n", null);
        Assert.DoesNotContain(claims, c => c.Value is 75 or 45 or 9);
    }

    private static ExtractedClaim On(IReadOnlyList<ExtractedClaim> claims, int value)
    {
        var found = claims.FirstOrDefault(c => c.Value == value);
        Assert.True(found is not null, string.Join(" | ", claims.Select(c => $"{c.Value} {c.Metric} {c.Subject} {c.Quote}")));
        return found;
    }
}
