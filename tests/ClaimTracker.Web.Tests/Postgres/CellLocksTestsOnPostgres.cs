using System.Globalization;
using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Tests.Features.Comparison;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>
/// PostgreSQL's writers lock the comparison cells they change one by one (<see cref="CellLocks"/>), not all cells at
/// once: a writer of one cell waits for another writer of that cell (in any spelling of its subject) and not for writers
/// of other cells, and writers running together (corrections moving claims between cells, new articles one at a time and
/// in batches, deletions, a re-dated article) leave every stored table derived from the claims equal to a rebuild.
/// Waiting is read from pg_locks, never from timings.
/// </summary>
public sealed class CellLocksTestsOnPostgres : IDisposable
{
    /// <summary>Only a guard against a hang failing the run silently; no test measures time.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(120);

    private readonly UiTestDatabase store = UiTestDatabase.OnPostgres();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task A_writer_waits_for_a_cell_another_transaction_holds_in_any_spelling_but_not_for_other_cells()
    {
        var nis = store.AddSource("NIS");
        var article = store.AddArticle("Seoul says", "Yonhap", new DateOnly(2024, 10, 18));
        var held = store.AddClaim(article, 10_000, sourceId: nis, subject: "North Korean troops");
        var sameCell = store.AddClaim(article, 11_000, sourceId: nis, subject: "NORTH KOREAN TROOPS");
        var heldBucket = await BucketAsync("North Korean troops", nis);
        var otherSubject = await SubjectInAnotherBucketAsync(heldBucket, nis);
        var otherCell = store.AddClaim(article, 12_000, sourceId: nis, subject: otherSubject);

        await using var holder = store.CreateDbContext();
        await using var transaction = await holder.Database.BeginTransactionAsync();
        (await holder.Claims.SingleAsync(c => c.Id == held)).Value = 10_500;
        await holder.SaveChangesAsync();
        var holderPid = await BackendPidAsync(holder);
        var locks = await CellLockRowsAsync();
        Assert.Contains(new CellLockRow(holderPid, heldBucket, Granted: true), locks);
        Assert.DoesNotContain(locks, l => !l.Granted);

        // Another cell's writer commits while the first transaction is still open.
        await SetValueAsync(otherCell, 12_500).WaitAsync(Hang);

        // The same cell, spelled otherwise, waits on the held cell's lock until the holder commits.
        var waiting = SetValueAsync(sameCell, 11_500);
        var waiter = await WaitForWaiterAsync(heldBucket, waiting);
        Assert.NotEqual(holderPid, waiter.Pid);
        Assert.False(waiting.IsCompleted);
        await transaction.CommitAsync();
        await waiting.WaitAsync(Hang);

        await using var db = store.CreateDbContext();
        var cells = await ComparisonCellsTests.AssertCellsMatchClaimsAsync(db);
        Assert.Contains(cells, c => c.Contains($"|Deployed|Reported|{nis}|2|2|0|10500|11500|", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.StartsWith($"{otherSubject}|Deployed|Reported|{nis}|1|1|0|12500|12500|", StringComparison.Ordinal));
        Assert.Empty(await CellLockRowsAsync());
    }

    [Fact]
    public async Task Confirming_a_claim_locks_no_cell_and_leaves_the_cells_as_a_rebuild_while_rejecting_it_locks_its_cell()
    {
        var nis = store.AddSource("NIS");
        var article = store.AddArticle("Seoul says", "Yonhap", new DateOnly(2024, 10, 18));
        var claim = store.AddClaim(article, 10_000, sourceId: nis);
        store.AddClaim(article, 11_000, sourceId: nis);

        await using (var db = store.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.Claims.SingleAsync(c => c.Id == claim)).Review = ReviewState.Confirmed;
            await db.SaveChangesAsync();
            Assert.Empty(await CellLockRowsAsync());
            await transaction.CommitAsync();
        }
        await using (var db = store.CreateDbContext())
        {
            Assert.Contains(await ComparisonCellsTests.AssertCellsMatchClaimsAsync(db), c => c.Contains($"|{nis}|2|2|0|10000|11000|", StringComparison.Ordinal));
        }

        await using (var db = store.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.Claims.SingleAsync(c => c.Id == claim)).Review = ReviewState.Rejected;
            await db.SaveChangesAsync();
            Assert.Contains(new CellLockRow(await BackendPidAsync(db), await BucketAsync("North Korean troops", nis), Granted: true), await CellLockRowsAsync());
            await transaction.CommitAsync();
        }
        await using (var db = store.CreateDbContext())
        {
            Assert.Contains(await ComparisonCellsTests.AssertCellsMatchClaimsAsync(db), c => c.Contains($"|{nis}|1|1|0|11000|11000|", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Writers_running_together_leave_the_cells_days_spans_and_totals_equal_to_a_rebuild()
    {
        var nis = store.AddSource("NIS");
        var hur = store.AddSource("HUR");
        int?[] sources = [nis, hur, null];
        string[] subjects = ["North Korean troops", "north korean troops", "NORTH KOREAN TROOPS", "Russian soldiers", "civilians"];
        Metric[] metrics = [Metric.Deployed, Metric.Killed, Metric.Wounded];
        var random = new Random(11);
        var owned = new List<List<int>>();
        for (var worker = 0; worker < 4; worker++)
        {
            var article = store.AddArticle($"Claims of editor {worker}", "Yonhap", new DateOnly(2024, 10, 1 + worker));
            owned.Add([.. Enumerable.Range(0, 3).Select(i => store.AddClaim(article, 1_000 * (worker + 1) + i, sourceId: sources[i % 3], subject: subjects[i]))]);
        }
        var doomed = Enumerable.Range(0, 3).Select(i =>
        {
            var article = store.AddArticle($"To be deleted {i}", "Ukrinform", new DateOnly(2024, 11, 1 + i));
            store.AddClaim(article, 10_000, sourceId: nis, subject: subjects[i]);
            store.AddClaim(article, 300 + i, sourceId: hur, subject: subjects[3], metric: Metric.Killed);
            return article;
        }).ToList();
        var redated = store.AddArticle("To be re-dated", "Reuters", new DateOnly(2024, 12, 1));
        store.AddClaim(redated, 10_000, sourceId: nis, subject: subjects[0]);
        store.AddClaim(redated, 500, subject: subjects[4], metric: Metric.Killed);
        var ingest = new IngestService(store, new ArticleReader(), new ClaimExtractor(), TimeProvider.System, NullLogger<IngestService>.Instance);

        // Each editor moves only its own claims (no edit conflicts), between cells every other writer touches too.
        var corrections = owned.Select((claims, worker) => Task.Run(async () =>
        {
            var moves = new Random(worker);
            for (var step = 0; step < 8; step++)
            {
                await using var db = store.CreateDbContext();
                var claim = await db.Claims.SingleAsync(c => c.Id == claims[step % claims.Count]);
                claim.Subject = subjects[moves.Next(subjects.Length)];
                claim.Metric = metrics[moves.Next(metrics.Length)];
                claim.SourceId = sources[moves.Next(sources.Length)];
                claim.Value = moves.Next(1, 20) * 1_000;
                claim.Review = moves.Next(4) == 0 ? ReviewState.Rejected : ReviewState.Unreviewed;
                await db.SaveChangesAsync();
            }
        }));
        var singles = Enumerable.Range(0, 2).Select(worker => Task.Run(async () =>
        {
            for (var step = 0; step < 4; step++)
            {
                var result = await ingest.IngestAsync(Request($"single {worker}-{step}", 1_000 * (step + 2), worker * 10 + step));
                Assert.Equal(IngestOutcome.Saved, result.Outcome);
            }
        }));
        var batches = Task.Run(async () =>
        {
            for (var step = 0; step < 2; step++)
            {
                var saved = await ingest.SaveBatchAsync(ingest.PrepareBatch([.. Enumerable.Range(0, 3).Select(i => Request($"batch {step}-{i}", 10_000 + i * 1_000, 20 + i))]));
                Assert.All(saved, r => Assert.Equal(IngestOutcome.Saved, r.Outcome));
            }
        });
        var deletions = Task.Run(async () =>
        {
            foreach (var id in doomed)
            {
                await using var db = store.CreateDbContext();
                db.Articles.Remove(await db.Articles.SingleAsync(a => a.Id == id));
                await db.SaveChangesAsync();
            }
        });
        var redating = Task.Run(async () =>
        {
            for (var step = 0; step < 3; step++)
            {
                await using var db = store.CreateDbContext();
                (await db.Articles.SingleAsync(a => a.Id == redated)).PublishedAt = new DateOnly(2025, 1, 1 + random.Next(28));
                await db.SaveChangesAsync();
            }
        });

        // A deadlock would fail one of these with PostgreSQL's 40P01; a lost update would show in the rebuilds below.
        await Task.WhenAll([.. corrections, .. singles, batches, deletions, redating]).WaitAsync(Hang);

        await using var check = store.CreateDbContext();
        var cells = await ComparisonCellsTests.AssertCellsMatchClaimsAsync(check);
        Assert.NotEmpty(cells);
        Assert.Equal(
            await Lines(check, """SELECT "ArticleId" / 256, count(*) FROM "Claims" GROUP BY 1 ORDER BY 1"""),
            await Lines(check, """SELECT "Block", sum("Claims") FROM "ClaimTotals" GROUP BY 1 HAVING sum("Claims") <> 0 ORDER BY 1"""));
        Assert.Empty(await Lines(check, """
            SELECT a."Id" FROM "Articles" AS a
            WHERE a."ClaimCount" <> (SELECT count(*) FROM "Claims" AS c WHERE c."ArticleId" = a."Id")
            """));
        Assert.Equal(4 + 2 * 4 + 2 * 3 + 1, await check.Articles.CountAsync());
        Assert.Empty(await CellLockRowsAsync());
    }

    /// <summary>
    /// A single ingest commits in the command that adds to its cells (AddedClaimCells.AddAndCommitOnPostgresAsync), so
    /// ingests of one cell follow each other as fast as the server runs them; the cell must still come out exact: every
    /// claim counted, a figure several ingests bring at once counted once with the rest as echoes, and the subject the
    /// store spells in capitals regrouped after each commit to the spelling a grouping shows.
    /// </summary>
    [Fact]
    public async Task Single_ingests_of_one_cell_running_together_leave_it_exact()
    {
        var nis = store.AddSource("NIS");
        var article = store.AddArticle("Seoul says", "Yonhap", new DateOnly(2024, 10, 18));
        var ingest = new IngestService(store, new ArticleReader(), new ClaimExtractor(), TimeProvider.System, NullLogger<IngestService>.Instance);
        var troops = (await ingest.PreviewAsync(Request("preview", 9_000, 0))).Claims.First(c => c.Metric == Metric.Deployed);
        store.AddClaim(article, 9_000, sourceId: nis, subject: troops.Subject.ToUpperInvariant(), status: troops.Status);

        var writers = Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
        {
            for (var step = 0; step < 3; step++)
            {
                // Three figures, each brought by six articles, two of them at the same moment.
                var result = await ingest.IngestAsync(Request($"together {worker}-{step}", 10_000 + 1_000 * ((worker + step) % 3), worker * 3 + step));
                Assert.Equal(IngestOutcome.Saved, result.Outcome);
            }
        }));
        await Task.WhenAll(writers).WaitAsync(Hang);

        await using var check = store.CreateDbContext();
        var cells = await ComparisonCellsTests.AssertCellsMatchClaimsAsync(check);
        // 1 + 18 claims; 9,000 and the three figures; 18 articles for three figures are 15 echoes.
        Assert.Contains(cells, c => c.StartsWith($"{troops.Subject}|Deployed|{troops.Status}|{nis}|19|4|15|9000|12000|", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await CellLockRowsAsync());
    }

    private static IngestRequest Request(string name, int troops, int killed) => new()
    {
        Text = string.Create(CultureInfo.InvariantCulture,
            $"Report {name}\n\nNorth Korea has sent {troops:N0} troops to Russia, South Korea's NIS said. Ukraine's HUR said {killed + 100} soldiers were killed."),
        PublishedAt = new DateOnly(2024, 11, 1).AddDays(killed),
    };

    private async Task SetValueAsync(int claimId, double value)
    {
        await using var db = store.CreateDbContext();
        (await db.Claims.SingleAsync(c => c.Id == claimId)).Value = value;
        await db.SaveChangesAsync();
    }

    /// <summary>The first pg_locks row of a writer waiting for the bucket's lock, once there is one (the writer's task still running).</summary>
    private async Task<CellLockRow> WaitForWaiterAsync(int bucket, Task writer)
    {
        using var timeout = new CancellationTokenSource(Hang);
        while (true)
        {
            if (writer.IsCompleted)
            {
                await writer;
                Assert.Fail("The writer of the held cell finished without waiting for its lock.");
            }
            if ((await CellLockRowsAsync()).FirstOrDefault(l => l.Bucket == bucket && !l.Granted) is { } waiter)
            {
                return waiter;
            }
            await Task.Delay(50, timeout.Token);
        }
    }

    private async Task<int> BucketAsync(string subject, int? sourceId)
    {
        await using var db = store.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT {CellLocks.BucketOf("@subject", "@metric", "@status", "@source")}";
        command.Parameters.AddWithValue("subject", subject);
        command.Parameters.AddWithValue("metric", nameof(Metric.Deployed));
        command.Parameters.AddWithValue("status", nameof(ClaimStatus.Reported));
        command.Parameters.AddWithValue("source", NpgsqlTypes.NpgsqlDbType.Integer, (object?)sourceId ?? DBNull.Value);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private async Task<string> SubjectInAnotherBucketAsync(int bucket, int sourceId)
    {
        foreach (var subject in new[] { "Russian troops", "Ukrainian soldiers", "civilians", "prisoners of war" })
        {
            if (await BucketAsync(subject, sourceId) != bucket)
            {
                return subject;
            }
        }
        throw new InvalidOperationException("Every candidate subject hashed to the held cell's bucket.");
    }

    private static async Task<int> BackendPidAsync(ClaimTrackerDb db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "SELECT pg_backend_pid()";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>The cells' advisory locks in this test's database, held or awaited (two-key locks: classid, objid, objsubid 2).</summary>
    private async Task<List<CellLockRow>> CellLockRowsAsync()
    {
        await using var db = store.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
        command.CommandText = """
            SELECT l.pid, l.objid::bigint, l.granted
            FROM pg_locks AS l JOIN pg_database AS d ON d.oid = l.database
            WHERE l.locktype = 'advisory' AND l.objsubid = 2 AND l.classid::bigint = @class AND d.datname = current_database()
            """;
        command.Parameters.AddWithValue("class", (long)CellLocks.LockClass);
        var rows = new List<CellLockRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new CellLockRow(reader.GetInt32(0), (int)reader.GetInt64(1), reader.GetBoolean(2)));
        }
        return rows;
    }

    private static async Task<List<string>> Lines(ClaimTrackerDb db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }
        return lines;
    }

    private sealed record CellLockRow(int Pid, int Bucket, bool Granted);
}
