using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Features.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Claims;

public sealed class ClaimCorrectionTests : IDisposable
{
    private readonly UiTestDatabase store = new();
    private readonly ClaimCorrection correction;
    private readonly int claimId;
    private readonly int nis;

    public ClaimCorrectionTests()
    {
        correction = new ClaimCorrection(store, TimeProvider.System, NullLogger<ClaimCorrection>.Instance);
        nis = store.AddSource("NIS");
        var article = store.AddArticle("A", "Reuters", new DateOnly(2024, 10, 18));
        claimId = store.AddClaim(article, 10000, Qualifier.Approximately);
    }

    public void Dispose() => store.Dispose();

    private ClaimEdit Current()
    {
        using var db = store.CreateDbContext();
        return ClaimEdit.From(db.Claims.Single(c => c.Id == claimId));
    }

    [Fact]
    public async Task A_save_writes_one_audit_entry_per_changed_field_and_bumps_the_version()
    {
        var edit = Current();
        edit.SourceId = nis;
        edit.Value = 12000;
        edit.Review = ReviewState.Confirmed;

        var result = await correction.SaveAsync(claimId, 0, edit, "alice");

        Assert.Equal(ClaimSaveOutcome.Saved, result.Outcome);
        Assert.Equal(1, result.Version);
        await using var db = store.CreateDbContext();
        var claim = await db.Claims.SingleAsync(c => c.Id == claimId);
        Assert.Equal(12000, claim.Value);
        Assert.Equal(nis, claim.SourceId);
        Assert.Equal(Attribution.Editor, claim.Attribution);
        Assert.Equal(ReviewState.Confirmed, claim.Review);
        Assert.Equal(1, claim.Version);
        Assert.Equal("alice", claim.UpdatedBy);

        var history = await correction.HistoryAsync(claimId);
        Assert.Equal(3, history.Count);
        Assert.All(history, e => Assert.Equal("alice", e.User));
        var value = Assert.Single(history, e => e.Field == "Value");
        Assert.Equal(("10000", "12000"), (value.OldValue, value.NewValue));
        var source = Assert.Single(history, e => e.Field == "Source");
        Assert.Equal((null, "NIS"), (source.OldValue, source.NewValue));
        Assert.Equal("confirmed", Assert.Single(history, e => e.Field == "Review").NewValue);
    }

    [Fact]
    public async Task The_api_s_save_against_a_claim_read_before_another_editor_saved_it_is_refused()
    {
        store.AddUser("bob", "Editor");
        var bob = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.Name, "bob"), new(System.Security.Claims.ClaimTypes.Role, "Editor")], "test"));
        Claim read;
        using (var db = store.CreateDbContext())
        {
            read = db.Claims.AsNoTracking().Single(c => c.Id == claimId);
        }
        var first = Current();
        first.Value = 11000;
        var stale = ClaimEdit.From(read);
        stale.Value = 9000;

        Assert.Equal(ClaimSaveOutcome.Saved, (await correction.SaveAsync(claimId, 0, first, "alice")).Outcome);
        // The claim as read says version 0, as the editor's does: only the UPDATE's version check can refuse it.
        var refused = await correction.SaveAsync(read, 0, stale, bob);

        Assert.Equal(ClaimSaveOutcome.Conflict, refused.Outcome);
        await using var check = store.CreateDbContext();
        Assert.Equal(11000, (await check.Claims.SingleAsync(c => c.Id == claimId)).Value);
        Assert.DoesNotContain(await check.AuditEntries.ToListAsync(), e => e.User == "bob");
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_nothing_is_overwritten()
    {
        var first = Current();
        first.Value = 11000;
        var second = Current();
        second.Value = 9000;

        Assert.Equal(ClaimSaveOutcome.Saved, (await correction.SaveAsync(claimId, 0, first, "alice")).Outcome);
        var refused = await correction.SaveAsync(claimId, 0, second, "bob");

        Assert.Equal(ClaimSaveOutcome.Conflict, refused.Outcome);
        Assert.Contains("Another editor", refused.Message, StringComparison.Ordinal);
        await using var db = store.CreateDbContext();
        Assert.Equal(11000, (await db.Claims.SingleAsync(c => c.Id == claimId)).Value);
        Assert.DoesNotContain(await db.AuditEntries.ToListAsync(), e => e.User == "bob");
    }

    [Fact]
    public async Task A_race_lost_at_the_database_is_reported_as_a_conflict()
    {
        // Bob's save reads version 0, then Alice's write lands before Bob's UPDATE: the concurrency token catches it.
        await using (var db = store.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER bump BEFORE UPDATE ON Claims WHEN OLD.Version = 0 AND NEW.Version = 1 AND NEW.UpdatedBy = 'bob' "
                + "BEGIN UPDATE Claims SET Version = 5 WHERE Id = OLD.Id; SELECT RAISE(IGNORE); END;");
        }

        var edit = Current();
        edit.Value = 1;
        var result = await correction.SaveAsync(claimId, 0, edit, "bob");

        Assert.Equal(ClaimSaveOutcome.Conflict, result.Outcome);
        await using var check = store.CreateDbContext();
        Assert.Equal(10000, (await check.Claims.SingleAsync(c => c.Id == claimId)).Value);
        Assert.Empty(await check.AuditEntries.ToListAsync());
    }

    [Fact]
    public async Task An_invalid_edit_is_refused_with_field_errors_and_writes_nothing()
    {
        var edit = Current();
        edit.Low = 12000;
        edit.High = 10000;

        var result = await correction.SaveAsync(claimId, 0, edit, "alice");

        Assert.Equal(ClaimSaveOutcome.Invalid, result.Outcome);
        Assert.True(result.Errors.ContainsKey(nameof(ClaimEdit.High)));
        Assert.Empty(await correction.HistoryAsync(claimId));
    }

    [Fact]
    public async Task Saving_without_changes_writes_no_history()
    {
        var result = await correction.SaveAsync(claimId, 0, Current(), "alice");

        Assert.Equal(ClaimSaveOutcome.Unchanged, result.Outcome);
        Assert.Empty(await correction.HistoryAsync(claimId));
    }
}
