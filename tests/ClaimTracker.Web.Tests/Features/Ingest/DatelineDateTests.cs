using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Ingest;

/// <summary>Wire stories whose dateline gives only a month and day are dated, with the year inferred and marked so.</summary>
public sealed class DatelineDateTests : IAsyncLifetime
{
    private TempStore store = null!;

    public async Task InitializeAsync() => store = await TempStore.CreateAsync();

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Theory]
    [InlineData("SEOUL, March 5 (Yonhap) -- South Korea's spy agency said on Wednesday that 10,000 North Korean troops had been deployed to Russia since October 2024.", 2025, 3, 5)]
    [InlineData("KYIV, Ukraine (AP) — Officials said 400 soldiers were killed. KYIV, March 9 -- no.", 0, 0, 0)]
    [InlineData("TOKYO, Feb. 3 (Kyodo) -- Japan's defence ministry said in its 2024 white paper that 2,000 troops were deployed.", 2024, 2, 3)]
    [InlineData("BRUSSELS (Reuters) – NATO Secretary General Mark Rutte said on Monday that more than 10,000 troops were sent. The alliance met on Nov. 4 to discuss it.", 0, 0, 0)]
    public async Task A_datelines_day_dates_the_article_with_the_year_from_the_text_marked_inferred(string text, int year, int month, int day)
    {
        var result = await store.Services.GetRequiredService<IngestService>().IngestAsync(new IngestRequest { Text = text });

        await using var db = await store.OpenAsync();
        var article = await db.Articles.SingleAsync(a => a.Id == result.ArticleId);
        if (year == 0)
        {
            // No day in the dateline: nothing to infer from, so no date is made up.
            Assert.Null(article.PublishedAt);
            Assert.False(article.PublishedInferred);
            return;
        }
        Assert.Equal(new DateOnly(year, month, day), article.PublishedAt);
        Assert.True(article.PublishedInferred);
    }

    [Fact]
    public void Without_a_year_in_the_text_it_is_the_year_received_or_the_one_before_for_a_later_day()
    {
        var reader = new ClaimTracker.Core.Articles.ArticleReader();
        var march = reader.ReadText("KYIV, Ukraine, March 5 (AP) — Officials said 400 soldiers were killed near the border.").Document!;
        var december = reader.ReadText("KYIV, Ukraine, Dec. 30 (AP) — Officials said 400 soldiers were killed near the border.").Document!;

        Assert.Equal(new DateOnly(2026, 3, 5), DatelineDate.Infer(march, new DateOnly(2026, 6, 1)));
        Assert.Equal(new DateOnly(2025, 12, 30), DatelineDate.Infer(december, new DateOnly(2026, 1, 2)));
    }

    [Fact]
    public void A_stated_date_is_never_replaced()
    {
        var stated = new ClaimTracker.Core.Articles.ArticleReader()
            .ReadText("SEOUL, March 5, 2025 (UPI) -- Officials said 10,000 troops were deployed.").Document!;

        Assert.Equal(new DateOnly(2025, 3, 5), stated.Published);
        Assert.Null(DatelineDate.Infer(stated, new DateOnly(2026, 6, 1)));
    }
}
