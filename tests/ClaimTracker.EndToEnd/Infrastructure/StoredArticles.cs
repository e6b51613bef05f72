using ClaimTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.EndToEnd.Infrastructure;

/// <summary>What the browser should show is read from the app's own store, so tests never hard-code extractor output.</summary>
internal static class StoredArticles
{
    public static async Task<IReadOnlyList<StoredArticle>> ListAsync(this ClaimTrackerServer server)
    {
        var factory = server.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>();
        await using var db = await factory.CreateDbContextAsync();
        return await db.Articles.AsNoTracking()
            .OrderBy(a => a.Id)
            .Select(a => new StoredArticle(a.Id, a.Title, a.Text))
            .ToListAsync();
    }
}
