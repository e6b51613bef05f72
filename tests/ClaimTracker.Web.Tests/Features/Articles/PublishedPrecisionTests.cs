using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Features.Articles;
using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Articles;

/// <summary>An article published "2025-11" is dated to the month, its claims dated from it too, and shown as "Nov 2025".</summary>
public sealed class PublishedPrecisionTests : IAsyncLifetime
{
    private TempStore store = null!;

    public async Task InitializeAsync() => store = await TempStore.CreateAsync();

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task A_month_only_date_is_kept_as_a_month_and_claims_dated_from_it_inherit_the_month()
    {
        var result = await store.Services.GetRequiredService<IngestService>().IngestAsync(new IngestRequest
        {
            Text = "Troops at the front\n\nThe ministry said 7,000 troops were deployed to the front, officials said.",
            PublishedAt = new DateOnly(2025, 11, 1),
            PublishedPrecision = AsOfPrecision.Month,
        });

        await using var db = await store.OpenAsync();
        var article = await db.Articles.Include(a => a.Claims).SingleAsync(a => a.Id == result.ArticleId);
        Assert.Equal(AsOfPrecision.Month, article.PublishedPrecision);
        var claim = Assert.Single(article.Claims, c => c.Value == 7000);
        Assert.Equal(new DateOnly(2025, 11, 1), claim.AsOf);
        Assert.Equal(AsOfPrecision.Month, claim.AsOfPrecision);
        Assert.Equal("Nov 2025", PublishedDate.Show(article.PublishedAt, article.PublishedPrecision));
    }

    [Fact]
    public async Task A_stated_day_stays_a_day()
    {
        var result = await store.Services.GetRequiredService<IngestService>().IngestAsync(new IngestRequest
        {
            Text = "Troops at the border\n\nThe ministry said 9,000 troops were deployed to the border, officials said.",
            PublishedAt = new DateOnly(2025, 3, 5),
        });

        await using var db = await store.OpenAsync();
        var article = await db.Articles.Include(a => a.Claims).SingleAsync(a => a.Id == result.ArticleId);
        Assert.Equal(AsOfPrecision.Day, article.PublishedPrecision);
        Assert.Equal(AsOfPrecision.Day, Assert.Single(article.Claims, c => c.Value == 9000).AsOfPrecision);
        Assert.Equal("5 Mar 2025", PublishedDate.Show(article.PublishedAt, article.PublishedPrecision));
    }

    [Theory]
    [InlineData(AsOfPrecision.Month, "Nov 2025")]
    [InlineData(AsOfPrecision.Year, "2025")]
    [InlineData(null, "1 Nov 2025")]
    public void Dates_are_shown_as_precisely_as_they_are_known(AsOfPrecision? precision, string shown)
    {
        Assert.Equal(shown, PublishedDate.Show(new DateOnly(2025, 11, 1), precision));
    }
}
