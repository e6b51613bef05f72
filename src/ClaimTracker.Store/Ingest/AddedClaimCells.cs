using System.Data.Common;
using System.Globalization;
using ClaimTracker.Core.Claims;
using ClaimTracker.Store.Articles;
using ClaimTracker.Store.Claims;
using ClaimTracker.Store.Comparison;
using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using StoredClaim = ClaimTracker.Store.Claims.Claim;

namespace ClaimTracker.Store.Ingest;

/// <summary>
/// Brings the stored comparison cells up to date after an import batch added new articles with their claims, by
/// adding the batch's figures to each touched cell instead of regrouping the cell's every claim (which made each batch
/// cost more as the store grew: 7 of 30 CPU seconds for 10,000 articles). Exact because the batch only adds claims, of
/// new articles: counts and bounds add up, a figure is new to the cell unless an older claim has it (one index seek), and
/// every figure's echoes grow by the batch's articles that state it. A cell whose subject the batch spells differently
/// from the stored row is regrouped in full (<see cref="ComparisonCells.RefreshAsync"/>), since which spelling a
/// grouping shows is the database's choice.
/// </summary>
internal static class AddedClaimCells
{
    /// <summary>
    /// SQLite: call inside the batch's transaction, after its claims are in, with the batch's new articles (ids assigned).
    /// SQLite has one writer at a time, so this reads the touched cells, then writes them, with nothing to lock.
    /// </summary>
    public static async Task AddAsync(ClaimTrackerDb db, IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        if (articles.All(a => a.Claims.Count == 0))
        {
            return;
        }
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var regroup = new List<CellKey>();
        var updates = new List<Cell>();
        var inserts = new List<Cell>();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            // SQLite gives a new row the next id and has one writer at a time: the batch is every id from its first.
            command.CommandText = TouchedCellsSql;
            var first = command.CreateParameter();
            first.ParameterName = "@first";
            first.Value = articles.Min(a => a.Id);
            command.Parameters.Add(first);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var added = Cell.Read(reader, 0);
                var lastSpelling = reader.GetString(CellColumns);
                var storedId = reader.IsDBNull(CellColumns + 1) ? (int?)null : reader.GetInt32(CellColumns + 1);
                var stored = storedId is null ? null : Cell.Read(reader, CellColumns + 2);
                if (!string.Equals(added.Subject, lastSpelling, StringComparison.Ordinal)
                    || (stored is not null && !string.Equals(stored.Subject, added.Subject, StringComparison.Ordinal)))
                {
                    regroup.Add(new CellKey(added.Subject, added.Metric, added.Status, added.SourceId));
                }
                else if (stored is not null)
                {
                    updates.Add(stored.Plus(added) with { Id = storedId!.Value });
                }
                else
                {
                    inserts.Add(added);
                }
            }
        }
        await WriteAsync(connection, transaction, UpdateSql, updates, cancellationToken);
        await WriteAsync(connection, transaction, InsertSql, inserts, cancellationToken);
        await ComparisonCells.RefreshAsync(db, regroup, cancellationToken);
    }

    /// <summary>
    /// PostgreSQL: call inside the batch's transaction, after its claims are in, with the batch's new articles (ids
    /// assigned). Locks the batch's cells, adds its days and spans (<see cref="DatedCells.AddSql"/>), adds its figures to
    /// its cells and its claims to the totals (<see cref="ClaimTotalChange"/>, last, so a totals row is held only to
    /// commit), all in one command: one round trip with the cells locked besides the COMMIT, where there were six. Each
    /// round trip is a wait for the app while the locks are held (under 32 clients the app waits for a core), and every
    /// other writer of those cells waits behind it. The figures are added by the server (the stored counts plus the
    /// batch's, the bounds widened, the later headline kept), so nothing has to come back to the app between the statements.
    /// A cell whose subject the batch spells otherwise than the stored row (or two ways itself) comes back too, and is
    /// regrouped in full (<see cref="ComparisonCells.RefreshAsync"/>), which takes only locks held already, so that it
    /// shows the spelling a grouping of its claims shows.
    /// <paramref name="keepStatistics"/>: an import's batch, which may have grown the claims enough to need ANALYZE (after
    /// the locks, in a command of its own); a single ingest leaves that to autovacuum rather than ask for every article
    /// while it holds its cells.
    /// </summary>
    public static async Task AddOnPostgresAsync(ClaimTrackerDb db, IReadOnlyList<Article> articles, bool keepStatistics, CancellationToken cancellationToken)
    {
        var regroup = await SendOnPostgresAsync(db, articles, keepStatistics, commit: false, cancellationToken);
        await ComparisonCells.RefreshAsync(db, regroup, cancellationToken);
    }

    /// <summary>
    /// PostgreSQL, a single ingest: <see cref="AddOnPostgresAsync"/>'s one command with COMMIT as its last statement, so
    /// the server releases the cells' locks as soon as their statements are done. Sent apart, the COMMIT waited for the
    /// command's answer to reach a pool thread, behind the other clients' work: under 32 clients an ingest held a cell
    /// shared by every article of a story ~190 ms (p50) for ~22 ms of statements, and the next ingest of that cell waited
    /// up to 1.8 s (docs/performance.md, session 14). Nothing blocks a thread: the command is awaited as before. A cell to
    /// be respelled (see <see cref="AddOnPostgresAsync"/>) already holds the article's figures when this commits, so the
    /// comparison's counts are exact at once; it is regrouped after, in a short transaction of its own.
    /// </summary>
    public static async Task AddAndCommitOnPostgresAsync(ClaimTrackerDb db, IDbContextTransaction transaction, IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var respell = await SendOnPostgresAsync(db, articles, keepStatistics: false, commit: true, cancellationToken);
        // The server committed: Npgsql sees the connection idle, so disposing sends no ROLLBACK, and it frees the context for the regroup's transaction.
        await transaction.DisposeAsync();
        if (respell.Count == 0)
        {
            return;
        }
        await using var regroup = await db.Database.BeginTransactionAsync(cancellationToken);
        await ComparisonCells.RefreshAsync(db, respell, cancellationToken);
        await regroup.CommitAsync(cancellationToken);
    }

    /// <summary>The locks, days, spans, cells and totals as one command (then COMMIT, if asked); the cells to regroup.</summary>
    private static async Task<List<CellKey>> SendOnPostgresAsync(
        ClaimTrackerDb db, IReadOnlyList<Article> articles, bool keepStatistics, bool commit, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var claims = articles.SelectMany(a => a.Claims).ToList();
        var totals = articles.Select(a => (ClaimTotal.BlockOf(a.Id), a.ClaimCount));
        var regroup = new List<CellKey>();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var statements = new List<string?>();
        if (claims.Count > 0)
        {
            // Before the cells are read: a writer that changed them commits first, and the statements after the lock see its claims.
            statements.Add(CellLocks.Statement(command, claims.Select(CellKey.Of)));
            statements.Add(DatedCells.AddSql(command, articles));
            if (keepStatistics)
            {
                // ANALYZE's table lock lasts to commit: the batch takes it holding its cells already, and waits for no other's.
                command.CommandText = Joined(statements);
                await command.ExecuteNonQueryAsync(cancellationToken);
                await KeepStatisticsAsync(connection, transaction, cancellationToken);
                statements.Clear();
                command.Parameters.Clear();
            }
            statements.Add(PostgresAddSql(command, articles, claims));
        }
        statements.Add(ClaimTotalChange.Sql(command, totals));
        statements.Add(commit ? "COMMIT" : null);
        if (statements.All(s => s is null))
        {
            return regroup;
        }
        command.CommandText = Joined(statements);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        do
        {
            // The lock statement's rows come first (one per bucket, nothing in them); the cells' statement names its column.
            if (reader.FieldCount == 4 && reader.GetName(0) == RegroupColumn)
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    regroup.Add(new CellKey(reader.GetString(0), Enum.Parse<Metric>(reader.GetString(1)), Enum.Parse<ClaimStatus>(reader.GetString(2)),
                        reader.IsDBNull(3) ? null : reader.GetInt32(3)));
                }
            }
        }
        while (await reader.NextResultAsync(cancellationToken));
        return regroup;
    }

    /// <summary>Statements sent as one command, each ended once.</summary>
    private static string Joined(IEnumerable<string?> statements) =>
        string.Join("\n", statements.OfType<string>().Select(s => s.TrimEnd().TrimEnd(';') + ";"));

    /// <summary>
    /// PostgreSQL: ANALYZE the claims when they were never analyzed or more rows changed since than were there then (so
    /// a handful of times as an import grows the store, about 0.1 s each). Without column statistics the planner probed
    /// each figure through IX_Claims_Metric_Status (smaller, and as selective as far as it knew), reading every claim
    /// of the metric: 3.5-4.6 s per batch early in an import instead of about 0.2 s (auto_explain, load ~40).
    /// Autovacuum analyzes too, but up to a minute late.
    /// </summary>
    private static async Task KeepStatisticsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT c.reltuples < 0 OR s.n_mod_since_analyze > greatest(c.reltuples, 1000)
            FROM pg_class AS c JOIN pg_stat_user_tables AS s ON s.relid = c.oid
            WHERE c.oid = '"Claims"'::regclass
            """;
        if (await command.ExecuteScalarAsync(cancellationToken) is not true)
        {
            return;
        }
        command.CommandText = "ANALYZE \"Claims\"";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task WriteAsync(DbConnection connection, DbTransaction? transaction, string sql, List<Cell> cells, CancellationToken cancellationToken)
    {
        if (cells.Count == 0)
        {
            return;
        }
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var parameters = Cell.AddParameters(command.Parameters, command.CreateParameter);
        foreach (var cell in cells)
        {
            cell.Bind(parameters);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>One cell's figures as stored, or as the batch adds them (then the counts are the batch's own).</summary>
    private sealed record Cell(
        int Id, string Subject, Metric Metric, ClaimStatus Status, int? SourceId, int ClaimCount, int FigureCount, int EchoCount,
        double? Lowest, double? Highest, long Headline)
    {
        public static readonly string[] ParameterNames =
            ["@id", "@subject", "@metric", "@status", "@source", "@claims", "@figures", "@echoes", "@lowest", "@highest", "@day", "@headline"];

        /// <summary>A parameter per <see cref="ParameterNames"/>, added to a command's (or a batch command's) parameters.</summary>
        public static DbParameter[] AddParameters(DbParameterCollection parameters, Func<DbParameter> create) =>
        [
            .. ParameterNames.Select(name =>
            {
                var parameter = create();
                parameter.ParameterName = name;
                parameters.Add(parameter);
                return parameter;
            }),
        ];

        public static Cell Read(DbDataReader reader, int at) => new(
            0,
            reader.GetString(at),
            Enum.Parse<Metric>(reader.GetString(at + 1)),
            Enum.Parse<ClaimStatus>(reader.GetString(at + 2)),
            reader.IsDBNull(at + 3) ? null : reader.GetInt32(at + 3),
            reader.GetInt32(at + 4),
            reader.GetInt32(at + 5),
            reader.GetInt32(at + 6),
            reader.IsDBNull(at + 7) ? null : reader.GetDouble(at + 7),
            reader.IsDBNull(at + 8) ? null : reader.GetDouble(at + 8),
            reader.GetInt64(at + 9));

        /// <summary>
        /// This stored cell with the batch's figures added. The batch's articles are new, so each of its figures adds its
        /// articles to that figure's count; a figure new to the cell is one more figure, and not an echo of itself.
        /// </summary>
        public Cell Plus(Cell added) => this with
        {
            ClaimCount = ClaimCount + added.ClaimCount,
            FigureCount = FigureCount + added.FigureCount,
            EchoCount = EchoCount + added.EchoCount,
            Lowest = Lowest is { } low && added.Lowest is { } addedLow ? Math.Min(low, addedLow) : Lowest ?? added.Lowest,
            Highest = Highest is { } high && added.Highest is { } addedHigh ? Math.Max(high, addedHigh) : Highest ?? added.Highest,
            Headline = Math.Max(Headline, added.Headline),
        };

        public void Bind(DbParameter[] parameters)
        {
            object?[] values =
            [
                Id, Subject, Metric.ToString(), Status.ToString(), SourceId, ClaimCount, FigureCount, EchoCount, Lowest, Highest,
                Headline / ComparisonQuery.HeadlineKey, Headline % ComparisonQuery.HeadlineKey,
            ];
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }
        }
    }

    /// <summary>Columns <see cref="Cell.Read"/> reads.</summary>
    private const int CellColumns = 10;

    private const string Rejected = nameof(ReviewState.Rejected);

    /// <summary>
    /// Per touched cell: the batch's claims, its figures new to the cell, its echoes (articles per figure, less the new
    /// figures), bounds and headline key; the first and last spelling of the subject; then the stored cell, if any. The
    /// batch's articles are those from @first on (SQLite gives a new row the next id and one writer at a time).
    /// </summary>
    private static readonly string TouchedCellsSql = string.Create(CultureInfo.InvariantCulture, $"""
        SELECT d.FirstSpelling, d."Metric", d."Status", d."SourceId", d.Claims, d.NewFigures, d.Articles - d.NewFigures, d.Lowest, d.Highest, d.Headline,
               d.LastSpelling,
               s."Id", s."Subject", s."Metric", s."Status", s."SourceId", s."ClaimCount", s."FigureCount", s."EchoCount", s."Lowest", s."Highest",
               s."LatestDay" * {ComparisonQuery.HeadlineKey} + s."HeadlineClaimId"
        FROM (SELECT min(f.FirstSpelling COLLATE BINARY) AS FirstSpelling, max(f.LastSpelling COLLATE BINARY) AS LastSpelling,
                     f."Metric", f."Status", f."SourceId", sum(f.Claims) AS Claims, sum(1 - f.Known) AS NewFigures, sum(f.Articles) AS Articles,
                     min(f.Lowest) AS Lowest, max(f.Highest) AS Highest, max(f.Headline) AS Headline
              FROM (SELECT min(c."Subject" COLLATE BINARY) AS FirstSpelling, max(c."Subject" COLLATE BINARY) AS LastSpelling,
                           c."Metric", c."Status", c."SourceId", count(*) AS Claims, count(DISTINCT c."ArticleId") AS Articles,
                           min(coalesce(c."Low", c."Value")) AS Lowest, max(coalesce(c."High", c."Value")) AS Highest,
                           max({ComparisonSql.DayOf} * {ComparisonQuery.HeadlineKey} + c."Id") AS Headline,
                           EXISTS (SELECT 1 FROM "Claims" AS o
                                   WHERE o."Subject" = c."Subject" AND o."Metric" = c."Metric" AND o."Status" = c."Status" AND o."SourceId" IS c."SourceId"
                                     AND o."Value" IS c."Value" AND o."Low" IS c."Low" AND o."High" IS c."High" AND o."Qualifier" = c."Qualifier"
                                     AND o."Review" <> '{Rejected}' AND o."ArticleId" < @first) AS Known
                    FROM "Claims" AS c
                    WHERE c."ArticleId" >= @first AND c."Review" <> '{Rejected}'
                    GROUP BY c."Subject", c."Metric", c."Status", c."SourceId", c."Value", c."Low", c."High", c."Qualifier") AS f
              GROUP BY f.FirstSpelling COLLATE NOCASE, f."Metric", f."Status", f."SourceId") AS d
        LEFT JOIN "ComparisonCells" AS s
          ON s."Subject" = d.FirstSpelling AND s."Metric" = d."Metric" AND s."Status" = d."Status" AND s."SourceId" IS d."SourceId"
        """);

    /// <summary>Names the cells' statement's first column, to tell its rows from the lock statement's.</summary>
    private const string RegroupColumn = "regroup_subject";

    /// <summary>
    /// PostgreSQL: the batch's figures added to its cells by the server, in one statement. Per touched cell as
    /// <see cref="TouchedCellsSql"/> reads it on SQLite (the batch named by its article ids, as other writers may take ids
    /// between this batch's), then: a stored cell gets the batch's counts added, bounds widened and the later headline
    /// (<see cref="Cell.Plus"/>); a cell not stored is inserted with the batch's. Counts do not depend on the spelling
    /// (citext compares the figures and the stored row alike), so every cell is added to; a cell spelled two ways also
    /// comes back (column <see cref="RegroupColumn"/>) to be regrouped for the spelling it shows. Subjects are grouped as the
    /// refresh groups them (lowercased, compared bytewise). The "figure seen before?" probe must seek IX_Claims_Comparison
    /// on every column of the figure: null-safe equality (IS NOT DISTINCT FROM) cannot use an index, so the figures are
    /// split by which of their nullable columns are null, and each part probes with = for the set columns and IS NULL for
    /// the others: one branch per pattern of the 4 nullable columns that the batch's claims have (<see cref="NullColumns"/>;
    /// planning all 16 took longer than running them). The spellings are compared bytewise ("C"), but a citext compared
    /// with the index's column must have the default collation, or the planner cannot use the index (2.8 s against 0.27 s
    /// for a batch of 250, EXPLAIN ANALYZE). The stored cell is joined on its source as a number (ids are positive) so that
    /// the join hashes on it rather than filter every source of a busy row.
    /// </summary>
    private static string PostgresAddSql(DbCommand command, IReadOnlyList<Article> articles, IEnumerable<StoredClaim> claims)
    {
        var ids = ComparisonSql.Parameter(command, articles.Select(a => a.Id).ToArray());
        var nullPatterns = claims.Select(NullColumns).Distinct().Order();
        const long key = ComparisonQuery.HeadlineKey;
        return string.Create(CultureInfo.InvariantCulture, $"""
            WITH b AS MATERIALIZED (
                SELECT min(c."Subject"::text COLLATE "C") AS FirstSpelling, max(c."Subject"::text COLLATE "C") AS LastSpelling,
                       c."Metric", c."Status", c."SourceId", c."Value", c."Low", c."High", c."Qualifier",
                       count(*)::int AS Claims, count(DISTINCT c."ArticleId")::int AS Articles,
                       min(coalesce(c."Low", c."Value")) AS Lowest, max(coalesce(c."High", c."Value")) AS Highest,
                       max({ComparisonSql.DayOf} * {key} + c."Id") AS Headline
                FROM "Claims" AS c
                WHERE c."ArticleId" = ANY({ids}) AND c."Review" <> '{Rejected}'
                GROUP BY lower(c."Subject"::text) COLLATE "C", c."Metric", c."Status", c."SourceId", c."Value", c."Low", c."High", c."Qualifier"),
            f AS ({string.Join(" UNION ALL ", nullPatterns.Select(n => KnownFiguresSql(n, ids)))}),
            t AS MATERIALIZED (
                SELECT d.*, s."Id" AS StoredId,
                       d.FirstSpelling <> d.LastSpelling OR (s."Id" IS NOT NULL AND s."Subject"::text COLLATE "C" <> d.FirstSpelling) AS Regroup
                FROM (SELECT min(f.FirstSpelling) AS FirstSpelling, max(f.LastSpelling) AS LastSpelling, f."Metric", f."Status", f."SourceId",
                             sum(f.Claims)::int AS Claims, sum(1 - f.Known::int)::int AS NewFigures, sum(f.Articles)::int AS Articles,
                             min(f.Lowest) AS Lowest, max(f.Highest) AS Highest, max(f.Headline) AS Headline
                      FROM f
                      GROUP BY lower(f.FirstSpelling) COLLATE "C", f."Metric", f."Status", f."SourceId") AS d
                LEFT JOIN "ComparisonCells" AS s
                  ON s."Subject" = CAST(d.FirstSpelling COLLATE "default" AS citext) AND s."Metric" = d."Metric" AND s."Status" = d."Status"
                     AND coalesce(s."SourceId", 0) = coalesce(d."SourceId", 0)),
            updated AS (
                UPDATE "ComparisonCells" AS s SET
                    "ClaimCount" = s."ClaimCount" + t.Claims, "FigureCount" = s."FigureCount" + t.NewFigures,
                    "EchoCount" = s."EchoCount" + t.Articles - t.NewFigures,
                    "Lowest" = least(s."Lowest", t.Lowest), "Highest" = greatest(s."Highest", t.Highest),
                    "LatestDay" = (greatest(s."LatestDay" * {key} + s."HeadlineClaimId", t.Headline) / {key})::int,
                    "HeadlineClaimId" = (greatest(s."LatestDay" * {key} + s."HeadlineClaimId", t.Headline) % {key})::int
                FROM t
                WHERE s."Id" = t.StoredId),
            inserted AS (
                INSERT INTO "ComparisonCells" ("Subject", "Metric", "Status", "SourceId", "ClaimCount", "FigureCount", "EchoCount", "Lowest", "Highest", "LatestDay", "HeadlineClaimId")
                SELECT CAST(t.FirstSpelling COLLATE "default" AS citext), t."Metric", t."Status", t."SourceId", t.Claims, t.NewFigures,
                       t.Articles - t.NewFigures, t.Lowest, t.Highest, (t.Headline / {key})::int, (t.Headline % {key})::int
                FROM t
                WHERE t.StoredId IS NULL)
            SELECT t.FirstSpelling AS {RegroupColumn}, t."Metric", t."Status", t."SourceId"
            FROM t
            WHERE t.Regroup
            """);
    }

    /// <summary>Which of a claim's nullable figure columns are null, as the bits <see cref="KnownFiguresSql"/> reads.</summary>
    private static int NullColumns(StoredClaim claim) =>
        (claim.SourceId is null ? 1 : 0) | (claim.Value is null ? 2 : 0) | (claim.Low is null ? 4 : 0) | (claim.High is null ? 8 : 0);

    /// <summary>
    /// The batch's figures (CTE b) whose nullable columns are null as the bits of <paramref name="nulls"/> say, each
    /// with whether a claim outside the batch (not rejected) states it already.
    /// </summary>
    private static string KnownFiguresSql(int nulls, string ids)
    {
        string[] nullable = ["SourceId", "Value", "Low", "High"];
        var pattern = nullable.Select((column, bit) => (nulls & (1 << bit)) != 0
            ? (Figure: $"b.\"{column}\" IS NULL", Probe: $"o.\"{column}\" IS NULL")
            : (Figure: $"b.\"{column}\" IS NOT NULL", Probe: $"o.\"{column}\" = b.\"{column}\"")).ToList();
        return $"""
            SELECT b.*, EXISTS (SELECT 1 FROM "Claims" AS o
                                WHERE o."Subject" = CAST(b.FirstSpelling COLLATE "default" AS citext) AND o."Metric" = b."Metric" AND o."Status" = b."Status"
                                  AND {string.Join(" AND ", pattern.Select(p => p.Probe))} AND o."Qualifier" = b."Qualifier"
                                  AND o."Review" <> '{Rejected}' AND o."ArticleId" <> ALL({ids})) AS Known
                FROM b WHERE {string.Join(" AND ", pattern.Select(p => p.Figure))}
            """;
    }

    private const string UpdateSql = """
        UPDATE "ComparisonCells" SET "ClaimCount" = @claims, "FigureCount" = @figures, "EchoCount" = @echoes, "Lowest" = @lowest,
            "Highest" = @highest, "LatestDay" = @day, "HeadlineClaimId" = @headline
        WHERE "Id" = @id
        """;

    private const string InsertSql = """
        INSERT INTO "ComparisonCells" ("Subject", "Metric", "Status", "SourceId", "ClaimCount", "FigureCount", "EchoCount", "Lowest", "Highest", "LatestDay", "HeadlineClaimId")
        VALUES (@subject, @metric, @status, @source, @claims, @figures, @echoes, @lowest, @highest, @day, @headline)
        """;
}
