using System.Net;
using System.Text.Json;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Tests.Features.Accounts;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Claims;

/// <summary>
/// A correction that flips only a claim's review, the commonest: on PostgreSQL it is saved as one statement (the UPDATE
/// feeding its audit entry's INSERT, <see cref="ReviewStatement"/>), elsewhere by EF's save. Either way the version check,
/// and the audit trail behave as for any other correction (the caches: <see cref="ClaimListCacheTests"/>).
/// </summary>
public class ReviewCorrectionTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    private const int Editors = 12;

    [Fact]
    public async Task Concurrent_review_flips_at_one_version_end_with_one_winner_and_its_one_audit_entry()
    {
        using var client = await EditorClient.CreateAsync(app);
        var claim = await ClaimPatchApiTests.NewClaimAsync(client, "review-race");
        var id = claim.GetProperty("id").GetInt32();
        var version = claim.GetProperty("version").GetInt32();
        using var start = new ManualResetEventSlim();
        var flips = Enumerable.Range(0, Editors)
            .Select(i => Task.Run(async () =>
            {
                start.Wait();
                return await ClaimPatchApiTests.PatchAsync(client, id, $$"""{"version": {{version}}, "review": "confirmed"}""");
            }))
            .ToList();
        start.Set();
        var responses = await Task.WhenAll(flips);

        try
        {
            var winner = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            Assert.Equal(Editors - 1, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
            using var answer = JsonDocument.Parse(await winner.Content.ReadAsStringAsync());
            var review = answer.RootElement.GetProperty("review").GetString();
            Assert.Equal(version + 1, answer.RootElement.GetProperty("version").GetInt32());

            await using var db = await OpenAsync();
            var stored = await db.Claims.AsNoTracking().SingleAsync(c => c.Id == id);
            Assert.Equal(version + 1, stored.Version);
            Assert.Equal(review, JsonNamingPolicy.SnakeCaseLower.ConvertName(stored.Review.ToString()));
            Assert.NotNull(stored.UpdatedAt);
            Assert.StartsWith("editor-", stored.UpdatedBy, StringComparison.Ordinal);
            var entry = Assert.Single(await db.AuditEntries.AsNoTracking().Where(e => e.Entity == "Claim" && e.EntityId == id).ToListAsync());
            Assert.Equal(("Review", "unreviewed", review, stored.UpdatedBy, stored.UpdatedAt), (entry.Field, entry.OldValue, entry.NewValue, entry.User, (DateTime?)entry.At));
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
    public async Task A_review_flip_saved_against_a_read_someone_else_has_saved_over_is_a_conflict_that_writes_nothing()
    {
        using var client = await EditorClient.CreateAsync(app);
        var claim = await ClaimPatchApiTests.NewClaimAsync(client, "review-stale");
        var id = claim.GetProperty("id").GetInt32();
        var version = claim.GetProperty("version").GetInt32();
        Claim read;
        await using (var db = await OpenAsync())
        {
            read = await db.Claims.AsNoTracking().SingleAsync(c => c.Id == id);
        }
        var edit = ClaimEdit.From(read);
        edit.Review = ReviewState.Confirmed;

        using var first = await ClaimPatchApiTests.PatchAsync(client, id, $$"""{"version": {{version}}, "value": 7777}""");
        // The claim as read before that save: only the UPDATE's version check can tell it is stale.
        var stale = await app.Services.GetRequiredService<ClaimCorrection>().SaveAsync(read, version, edit, AccountsApp.Admin());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(ClaimSaveOutcome.Conflict, stale.Outcome);
        await using var check = await OpenAsync();
        var stored = await check.Claims.AsNoTracking().SingleAsync(c => c.Id == id);
        Assert.Equal((version + 1, ReviewState.Unreviewed, 7777d), (stored.Version, stored.Review, stored.Value));
        Assert.Equal(["Value"], await check.AuditEntries.Where(e => e.Entity == "Claim" && e.EntityId == id).Select(e => e.Field).ToListAsync());
    }

    private Task<ClaimTrackerDb> OpenAsync() => app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
}
