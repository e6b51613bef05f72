using System.Net;
using System.Net.Http.Json;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Tests.Features.Claims;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Security;

/// <summary>Concurrent writes through the API against one real SQLite file (WAL, busy timeout).</summary>
public class ConcurrencyTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    private const int Writers = 20;

    [Fact]
    public async Task Twenty_concurrent_ingests_of_different_articles_are_all_stored_whole()
    {
        using var client = await EditorClient.CreateAsync(app);
        var before = await CountArticlesAsync();
        using var start = new ManualResetEventSlim();

        var posts = Enumerable.Range(0, Writers)
            .Select(i => Task.Run(async () =>
            {
                start.Wait();
                return await client.PostAsJsonAsync("/api/articles", new { title = $"Concurrent {i}", text = EditorClient.ArticleText($"concurrent-{i}") });
            }))
            .ToList();
        start.Set();
        var responses = await Task.WhenAll(posts);

        try
        {
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
            await using var db = await OpenAsync();
            var stored = await db.Articles.Where(a => a.Title.StartsWith("Concurrent "))
                .Select(a => new { a.Title, Claims = a.Claims.Count }).ToListAsync();
            Assert.Equal(Writers, stored.Select(a => a.Title).Distinct().Count());
            Assert.All(stored, a => Assert.True(a.Claims >= 2, $"{a.Title} has {a.Claims} claims"));
            Assert.Equal(before + Writers, await CountArticlesAsync());
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task Twenty_concurrent_edits_of_one_claim_at_one_version_end_with_exactly_one_winner()
    {
        using var client = await EditorClient.CreateAsync(app);
        var claim = await ClaimPatchApiTests.NewClaimAsync(client, "concurrent-edits");
        var id = claim.GetProperty("id").GetInt32();
        var version = claim.GetProperty("version").GetInt32();
        using var start = new ManualResetEventSlim();

        var patches = Enumerable.Range(1, Writers)
            .Select(i => Task.Run(async () =>
            {
                start.Wait();
                return await ClaimPatchApiTests.PatchAsync(client, id, $$"""{"version": {{version}}, "value": {{50000 + i}}}""");
            }))
            .ToList();
        start.Set();
        var responses = await Task.WhenAll(patches);

        try
        {
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            Assert.Equal(Writers - 1, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
            var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();

            await using var db = await OpenAsync();
            var stored = await db.Claims.AsNoTracking().SingleAsync(c => c.Id == id);
            Assert.Equal(version + 1, stored.Version);
            Assert.Equal(winner.GetProperty("value").GetDouble(), stored.Value);
            // One audit entry: the winner's; the losers wrote nothing.
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Entity == "Claim" && e.EntityId == id));
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    private async Task<int> CountArticlesAsync()
    {
        await using var db = await OpenAsync();
        return await db.Articles.CountAsync();
    }

    private Task<ClaimTrackerDb> OpenAsync() => app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
}
