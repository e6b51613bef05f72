using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Articles;
using ClaimTracker.Web.Features.Comparison;
using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Ingest;

/// <summary>One claim per figure per article: a headline repeating the body is stored as a mention, highlighted, counted once.</summary>
public sealed class ClaimMentionTests : IAsyncLifetime
{
    private const string Article = """
        North Korea sends 10,000 troops to Russia

        North Korea has sent 10,000 troops to Russia, South Korea's spy agency said on Thursday.
        """;

    private TempStore store = null!;

    public async Task InitializeAsync() => store = await TempStore.CreateAsync();

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task A_headline_repeat_is_a_mention_of_the_body_claim_highlighted_and_counted_once()
    {
        var result = await store.Services.GetRequiredService<IngestService>().IngestAsync(new IngestRequest { Text = Article, Outlet = "Test Wire" });

        Assert.Equal(IngestOutcome.Saved, result.Outcome);
        await using var db = await store.OpenAsync();
        var article = await db.Articles.SingleAsync(a => a.Id == result.ArticleId);
        var claim = await db.Claims.Include(c => c.Mentions).Include(c => c.Source).SingleAsync(c => c.ArticleId == article.Id && c.Value == 10000);
        Assert.Equal("NIS", claim.Source?.Name);
        var repeat = Assert.Single(claim.Mentions);
        Assert.True(repeat.Start < claim.Start, "the mention kept is the headline, the claim the body sentence");
        Assert.Equal("10,000", article.Text[repeat.Start..repeat.End]);
        Assert.Contains("North Korea sends", repeat.Quote, StringComparison.Ordinal);

        var segments = ClaimHighlights.Split(article.Text,
        [
            new ClaimAnchor(claim.Id, claim.Start, claim.End, claim.MentionText, claim.Prefix, claim.Suffix),
            .. claim.Mentions.Select(m => new ClaimAnchor(claim.Id, m.Start, m.End, "") { Repeat = true }),
        ]);
        var marks = segments.Where(s => s.ClaimId == claim.Id).ToList();
        Assert.Equal([true, false], marks.Select(m => m.Repeat));

        var comparison = await new ComparisonQuery(store.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>()).RunAsync(new ComparisonFilter());
        var row = Assert.Single(comparison.Rows, r => r.Cells.Any(c => c.Figures.Any(f => f.Value == 10000)));
        Assert.Equal(1, row.ClaimCount);
    }
}
