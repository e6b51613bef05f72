using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimTracker.Web.Tests.Features.Comparison;

/// <summary>
/// Corrections that move a figure and article deletes take their claims out of the stored cells (and the date filters'
/// days and spans) and put corrected ones into their new cells without regrouping either cell; the result must still
/// equal a fresh grouping of the claims after every step.
/// </summary>
public class MovedClaimCellsTests : IDisposable
{
    private readonly UiTestDatabase store;
    private readonly ClaimCorrection correction;
    private readonly int nis;
    private readonly int hur;
    private readonly int october;
    private readonly int november;
    private readonly int later;
    private readonly int undated;

    public MovedClaimCellsTests()
        : this(new UiTestDatabase())
    {
    }

    protected MovedClaimCellsTests(UiTestDatabase store)
    {
        this.store = store;
        correction = new ClaimCorrection(store, TimeProvider.System, NullLogger<ClaimCorrection>.Instance);
        nis = store.AddSource("NIS");
        hur = store.AddSource("HUR");
        october = store.AddArticle("Seoul says", "Yonhap", new DateOnly(2024, 10, 18));
        november = store.AddArticle("Kyiv says", "Ukrinform", new DateOnly(2024, 11, 2));
        later = store.AddArticle("Later", "BBC", new DateOnly(2024, 11, 5));
        undated = store.AddArticle("Undated", "Reuters", null);
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            store.Dispose();
        }
    }

    /// <summary>
    /// A busy NIS cell (echoes within and across articles, a range holding the lowest bound, an as-of date holding the
    /// headline, an undated claim), HUR beside it with a rejected claim, then every kind of move, checked after each.
    /// </summary>
    [Fact]
    public async Task Corrections_that_move_figures_and_article_deletes_keep_cells_days_and_spans_as_a_fresh_grouping_would()
    {
        var first = store.AddClaim(october, 10_000, sourceId: nis);
        store.AddClaim(october, 10_000, sourceId: nis);
        var echo = store.AddClaim(november, 10_000, sourceId: nis);
        var headline = store.AddClaim(later, 12_000, sourceId: nis, asOf: new DateOnly(2024, 11, 4));
        var lowest = store.AddClaim(later, null, Qualifier.Range, nis, low: 2_000, high: 3_000);
        var eight = store.AddClaim(november, 8_000, sourceId: nis);
        store.AddClaim(undated, 9_000, sourceId: nis);
        var hurs = store.AddClaim(november, 11_000, sourceId: hur);
        var rejected = store.AddClaim(november, 500, sourceId: hur, review: ReviewState.Rejected);
        store.AddClaim(later, 300, metric: Metric.Killed);
        await AssertCellsMatchClaimsAsync();

        await CorrectAsync(lowest, e => (e.Value, e.Low, e.High, e.Qualifier) = (15_000, null, null, Qualifier.Exact));
        await CorrectAsync(headline, e => e.SourceId = hur);
        await CorrectAsync(first, e => e.Subject = "Russian troops");
        await CorrectAsync(eight, e => e.AsOf = new DateOnly(2024, 12, 1));
        await CorrectAsync(rejected, e => e.Review = ReviewState.Unreviewed);
        await CorrectAsync(hurs, e => e.Review = ReviewState.Rejected);
        await CorrectAsync(echo, e => e.Metric = Metric.Killed);
        var moved = await AssertCellsMatchClaimsAsync();
        // NIS kept 10,000 (October), 15,000 (later), 8,000 (as of December 1, now the headline) and 9,000 (undated).
        Assert.Contains(moved, c => c.StartsWith($"North Korean troops|Deployed|Reported|{nis}|4|4|0|8000|15000|20241201|{eight}", StringComparison.Ordinal));

        await DeleteArticleAsync(november);
        await AssertCellsMatchClaimsAsync();
        await DeleteArticleAsync(later);
        var left = await AssertCellsMatchClaimsAsync();
        Assert.Contains(left, c => c.StartsWith($"North Korean troops|Deployed|Reported|{nis}|2|2|0|9000|10000|20241018|", StringComparison.Ordinal));
        Assert.DoesNotContain(left, c => c.Split('|')[3] == hur.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Subjects spelled two ways in one cell, and a cell the moved claim creates: both are regrouped (which spelling a
    /// row shows is the database's choice), still equal to a fresh grouping.
    /// </summary>
    [Fact]
    public async Task Moves_into_new_cells_and_cells_spelled_two_ways_equal_a_fresh_grouping()
    {
        var upper = store.AddClaim(october, 10_000, sourceId: nis);
        store.AddClaim(november, 11_000, sourceId: nis, subject: "north korean TROOPS");
        var other = store.AddClaim(later, 12_000, sourceId: nis);
        await AssertCellsMatchClaimsAsync();

        await CorrectAsync(upper, e => e.Value = 10_500);
        await CorrectAsync(other, e => e.Subject = "North Korean generals");
        await DeleteArticleAsync(november);

        var cells = await AssertCellsMatchClaimsAsync();
        Assert.Contains(cells, c => c.StartsWith($"North Korean generals|Deployed|Reported|{nis}|1|1|0|12000|12000|", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.StartsWith($"North Korean troops|Deployed|Reported|{nis}|1|1|0|10500|10500|", StringComparison.Ordinal));
    }

    /// <summary>
    /// The moves carry the stored counts forward rather than recompute them: a figure count the store holds (made wrong
    /// on purpose) changes only by the moved figures. A regroup would have put the true count back.
    /// </summary>
    [Fact]
    public async Task A_correction_and_a_delete_move_their_figures_without_regrouping_the_cell()
    {
        var claim = store.AddClaim(october, 10_000, sourceId: nis);
        store.AddClaim(november, 11_000, sourceId: nis);
        store.AddClaim(later, 12_000, sourceId: nis);
        await AssertCellsMatchClaimsAsync();
        await using (var db = store.CreateDbContext())
        {
            await db.ComparisonCells.Where(c => c.SourceId == nis).ExecuteUpdateAsync(set => set.SetProperty(c => c.FigureCount, 50));
        }

        // 10,000 leaves the cell's figures and 10,500 enters: still 50.
        await CorrectAsync(claim, e => e.Value = 10_500, check: false);
        Assert.Equal((3, 50), await NisCountsAsync());
        // 11,000 goes with its article.
        await DeleteArticleAsync(november);
        Assert.Equal((2, 49), await NisCountsAsync());
    }

    private async Task<(int Claims, int Figures)> NisCountsAsync()
    {
        await using var db = store.CreateDbContext();
        var cell = await db.ComparisonCells.SingleAsync(c => c.SourceId == nis);
        return (cell.ClaimCount, cell.FigureCount);
    }

    /// <summary>Saves a correction as an editor would, then (unless told not to) checks every cell against a fresh grouping.</summary>
    private async Task CorrectAsync(int claimId, Action<ClaimEdit> change, bool check = true)
    {
        int version;
        ClaimEdit edit;
        await using (var db = store.CreateDbContext())
        {
            var claim = await db.Claims.AsNoTracking().SingleAsync(c => c.Id == claimId);
            (version, edit) = (claim.Version, ClaimEdit.From(claim));
        }
        change(edit);
        Assert.Equal(ClaimSaveOutcome.Saved, (await correction.SaveAsync(claimId, version, edit, "editor")).Outcome);
        if (check)
        {
            await AssertCellsMatchClaimsAsync();
        }
    }

    private async Task DeleteArticleAsync(int articleId)
    {
        await using (var db = store.CreateDbContext())
        {
            // The article's claims go by the database's cascade, unseen by the change tracker.
            db.Articles.Remove(await db.Articles.SingleAsync(a => a.Id == articleId));
            await db.SaveChangesAsync();
        }
    }

    private async Task<List<string>> AssertCellsMatchClaimsAsync()
    {
        await using var db = store.CreateDbContext();
        return await ComparisonCellsTests.AssertCellsMatchClaimsAsync(db);
    }
}
