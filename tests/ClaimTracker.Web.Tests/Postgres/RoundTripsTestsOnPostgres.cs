using System.Diagnostics;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>
/// Reads that take one round trip to PostgreSQL: under 32 clients on two cores each further command is another wait for
/// the app's thread and the server's backend to be scheduled (docs/performance.md, "PostgreSQL under 32 clients, session 13").
/// Counted from Npgsql's own trace of the commands it sends (a batch of statements is one).
/// </summary>
public sealed class RoundTripsTestsOnPostgres : IDisposable
{
    private readonly UiTestDatabase store = UiTestDatabase.OnPostgres();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task A_keyset_page_reads_its_cursor_claim_in_the_same_command()
    {
        var article = store.AddArticle("A", "Reuters", new DateOnly(2024, 10, 18));
        var ids = Enumerable.Range(1, 5).Select(i => store.AddClaim(article, i * 100)).ToList();
        var list = new ClaimListQuery(store);
        await list.PageAsync(new ClaimListFilter(), 0, 2);

        var ((rows, total), commands) = await CountCommandsAsync(() => list.PageAsync(new ClaimListFilter(), 0, 2, after: ids[1]));

        Assert.Equal(ids.Skip(2).Take(2), rows.Select(r => r.Id));
        Assert.Equal(5, total);
        Assert.Equal(1, commands);
    }

    [Fact]
    public async Task A_comparison_page_past_the_last_still_counts_the_rows_in_its_one_command()
    {
        var article = store.AddArticle("A", "Reuters", new DateOnly(2024, 10, 18));
        var nis = store.AddSource("NIS");
        store.AddClaim(article, 100, sourceId: nis);
        store.AddClaim(article, 5, subject: "guards", metric: Metric.Killed);
        var query = new ComparisonQuery(store);

        var (beyond, commands) = await CountCommandsAsync(() => query.RunAsync(new ComparisonFilter(), page: 3, pageSize: 1));
        var (bySource, bySourceCommands) = await CountCommandsAsync(() => query.RunAsync(new ComparisonFilter { Sources = ["NIS"] }, page: 2, pageSize: 1));
        var (first, firstCommands) = await CountCommandsAsync(() => query.RunAsync(new ComparisonFilter(), page: 1, pageSize: 1));

        Assert.Empty(beyond.Rows);
        Assert.Equal(2, beyond.TotalRows);
        Assert.Equal(1, commands);
        Assert.Empty(bySource.Rows);
        Assert.Equal(1, bySource.TotalRows);
        Assert.Equal(1, bySourceCommands);
        Assert.Equal(2, first.TotalRows);
        Assert.Single(first.Rows);
        Assert.Equal(1, firstCommands);
    }

    [Fact]
    public async Task The_api_s_correction_saves_the_claim_it_read_without_reading_it_or_its_source_again()
    {
        var article = store.AddArticle("A", "Reuters", new DateOnly(2024, 10, 18));
        var nis = store.AddSource("NIS");
        var id = store.AddClaim(article, 100, sourceId: nis);
        store.AddUser("alice", "Editor");
        var alice = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.Name, "alice"), new(System.Security.Claims.ClaimTypes.Role, "Editor")], "test"));
        var correction = new ClaimTracker.Web.Features.Claims.ClaimCorrection(store, TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ClaimTracker.Web.Features.Claims.ClaimCorrection>.Instance);
        Claim read;
        await using (var db = store.CreateDbContext())
        {
            read = await db.Claims.AsNoTracking().SingleAsync(c => c.Id == id);
        }
        var edit = ClaimTracker.Web.Features.Claims.ClaimEdit.From(read);
        edit.Review = ReviewState.Confirmed;

        var (result, commands) = await CountCommandsAsync(() => correction.SaveAsync(read, read.Version, edit, alice));
        // A script's request has read its account with its token: the save checks against that read.
        edit.Review = ReviewState.Unreviewed;
        var aliceId = await AliceIdAsync();
        var aliceAsRead = new StoredAccount(aliceId, "alice", null, ["Editor"]);
        var aliceWithId = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [.. alice.Claims, new(System.Security.Claims.ClaimTypes.NameIdentifier, aliceId)], "test"));
        var (again, againCommands) = await CountCommandsAsync(() => correction.SaveAsync(read, read.Version, edit, aliceWithId, aliceAsRead));

        Assert.Equal(ClaimTracker.Web.Features.Claims.ClaimSaveOutcome.Saved, result.Outcome);
        // The account's standing, then the UPDATE with its audit entry: the source is kept, so its name is not read.
        Assert.Equal(2, commands);
        Assert.Equal(ClaimTracker.Web.Features.Claims.ClaimSaveOutcome.Saved, again.Outcome);
        Assert.Equal(1, againCommands);
        await using var check = store.CreateDbContext();
        Assert.Equal(ReviewState.Unreviewed, (await check.Claims.SingleAsync(c => c.Id == id)).Review);
        Assert.Equal(["confirmed", "unreviewed"], (await check.AuditEntries.Where(e => e.EntityId == id).OrderBy(e => e.Id).ToListAsync()).Select(e => e.NewValue));

        async Task<string> AliceIdAsync()
        {
            await using var db = store.CreateDbContext();
            return await db.Users.Where(u => u.UserName == "alice").Select(u => u.Id).SingleAsync();
        }
    }

    /// <summary>
    /// The cells' locks are released by the server as soon as their statements end: COMMIT is the last statement of the
    /// command that takes them, not a command sent once the app has read that one's answer (under 32 clients, after a
    /// wait for a pool thread with the cells locked: docs/performance.md, sessions 14 and 15).
    /// </summary>
    [Fact]
    public async Task A_single_ingest_commits_in_the_command_that_locks_and_adds_to_its_cells()
    {
        var ingest = new IngestService(store, new ClaimTracker.Core.Articles.ArticleReader(), new ClaimExtractor(), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<IngestService>.Instance);
        var texts = new List<string>();
        // The listener hears every Npgsql command in the process, other test classes' included (they run in parallel):
        // keep only the commands of this ingest, which run under this trace.
        using var underTest = new Activity("single ingest under test").Start();
        var trace = underTest.TraceId;
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.TraceId != trace)
                {
                    return;
                }
                lock (texts)
                {
                    texts.AddRange(activity.TagObjects.Select(t => t.Value).OfType<string>().Where(v => v.Contains("pg_advisory_xact_lock", StringComparison.Ordinal)));
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        var result = await ingest.IngestAsync(new IngestRequest
        {
            Text = "Troops sent\n\nNorth Korea has sent 3,000 troops to Russia, South Korea's NIS said on Monday.",
            PublishedAt = new DateOnly(2024, 10, 21),
        });

        Assert.Equal(IngestOutcome.Saved, result.Outcome);
        var locking = Assert.Single(texts);
        Assert.EndsWith("COMMIT;", locking.TrimEnd(), StringComparison.Ordinal);
        await using var check = store.CreateDbContext();
        Assert.Equal(1, await check.Articles.CountAsync());
        Assert.Equal(1, await check.ComparisonCells.SumAsync(c => c.ClaimCount));
    }

    /// <summary>Runs <paramref name="read"/> and counts the commands Npgsql sends for it (only its own: other test classes run meanwhile).</summary>
    private static async Task<(T Result, int Commands)> CountCommandsAsync<T>(Func<Task<T>> read)
    {
        var mine = new AsyncLocal<bool>();
        var commands = 0;
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = activity =>
            {
                // A physical open ("CONNECT db") is traced too, whenever the pool has let its idle connections go: not a
                // round trip the code under test chose.
                if (mine.Value && !activity.OperationName.StartsWith("CONNECT", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref commands);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        mine.Value = true;
        var result = await read();
        mine.Value = false;
        return (result, commands);
    }
}
