using ClaimTracker.Web.Features.Articles;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Articles;

/// <summary>The Articles page's date sort (and /api/articles'): undated articles last newest first, first oldest first, on either store.</summary>
public class PublishedOrderTests : IDisposable
{
    private readonly UiTestDatabase store;

    public PublishedOrderTests()
        : this(new UiTestDatabase())
    {
    }

    protected PublishedOrderTests(UiTestDatabase store) => this.store = store;

    [Fact]
    public void Undated_articles_go_last_newest_first_and_first_oldest_first()
    {
        var undated = store.AddArticle("Undated", "Wire", null);
        var older = store.AddArticle("Older", "Wire", new DateOnly(2024, 1, 1));
        var newer = store.AddArticle("Newer", "Wire", new DateOnly(2025, 1, 1));
        using var db = store.CreateDbContext();

        var newestFirst = PublishedOrder.NewestFirst(db.Articles, db.Database).ThenBy(a => a.Id).Select(a => a.Id).ToList();
        var oldestFirst = PublishedOrder.OldestFirst(db.Articles, db.Database).ThenBy(a => a.Id).Select(a => a.Id).ToList();

        Assert.Equal([newer, older, undated], newestFirst);
        Assert.Equal([undated, older, newer], oldestFirst);
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
}
