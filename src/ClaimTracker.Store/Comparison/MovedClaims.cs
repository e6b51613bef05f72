using System.Data.Common;
using System.Globalization;
using System.Text;
using ClaimTracker.Core.Claims;
using ClaimTracker.Store.Claims;

namespace ClaimTracker.Store.Comparison;

/// <summary>
/// Takes corrected and deleted claims out of their stored cells, and puts corrected ones into their new cells, without
/// regrouping either cell (a busy cell holds thousands of claims, and its regroup with its days and spans took seconds
/// with the cell locked). Exact: a cell's claims, figures and echoes change only in the moved figures, whose claims are
/// re-read by index (<see cref="FigureRowsSql"/>) and compared with what they were before the save; a cell a claim left
/// gets its bounds, headline and spelling from one aggregate over its index range (no grouping by figure); a cell a claim
/// only entered widens them. The days and spans of the date filters (PostgreSQL) move by the same figures. A cell whose
/// claims are spelled in more than one way, whose subject has letters beyond ASCII, or that is not stored yet is left to
/// the full regroup, whose choice of spelling is the database's.
/// </summary>
internal static class MovedClaims
{
    /// <summary>Cells or figures per statement: a few parameters each, and well under SQLite's 500 terms of a UNION ALL.</summary>
    private const int PerStatement = 100;

    private const string Rejected = nameof(ReviewState.Rejected);

    /// <summary>
    /// Applies the moves to the stored cells (and days and spans where kept); call after the save, inside its transaction,
    /// with the cells already locked (<see cref="CellLocks"/>). Returns the cells to regroup in full instead.
    /// </summary>
    public static async Task<List<CellKey>> ApplyAsync(DbConnection connection, DbTransaction? transaction,
        IReadOnlyList<MovedFigure> leaving, IReadOnlyList<MovedFigure> entering, CancellationToken cancellationToken)
    {
        var regroup = new List<CellKey>();
        var moved = leaving.Concat(entering).ToList();
        if (moved.Count == 0)
        {
            return regroup;
        }
        var rows = moved.GroupBy(m => m.Row).ToDictionary(g => g.Key, g => g.ToList());
        var entered = new HashSet<MovedFigure>(entering, ReferenceEqualityComparer.Instance);
        foreach (var (row, figures) in rows.Where(r => r.Value.Any(m => !m.IsAscii)).ToList())
        {
            regroup.AddRange(figures.Select(m => m.Cell));
            rows.Remove(row);
        }
        if (rows.Count == 0)
        {
            return regroup;
        }
        var stored = await ReadStoredAsync(connection, transaction, [.. rows.Keys], cancellationToken);
        var leftRows = leaving.Select(m => m.Row).Where(rows.ContainsKey).Distinct().ToList();
        var scans = await ScanAsync(connection, transaction, leftRows, cancellationToken);
        var figureKeys = moved.Where(m => rows.ContainsKey(m.Row)).Select(m => m.Figure).Distinct().ToList();
        var after = await ReadFiguresAsync(connection, transaction, figureKeys, moved, cancellationToken);

        var cells = new List<(int Id, StoredCell? Cell)>();
        var dated = new List<(MovedFigure Sample, FigureState Before, FigureState After)>();
        foreach (var (row, figures) in rows.ToList())
        {
            var cell = stored.GetValueOrDefault(row);
            var scan = scans.GetValueOrDefault(row);
            var into = figures.Where(entered.Contains).ToList();
            var spelledAsStored = cell is not null && (scan is null
                ? into.All(m => string.Equals(m.Subject, cell.Subject, StringComparison.Ordinal))
                : scan.Claims == 0 || string.Equals(scan.FirstSpelling, scan.LastSpelling, StringComparison.Ordinal));
            if (!spelledAsStored)
            {
                regroup.AddRange(figures.Select(m => m.Cell));
                rows.Remove(row);
                continue;
            }
            var (claims, figureCount, echoes) = (0, 0, 0);
            foreach (var figure in figures.GroupBy(m => m.Figure))
            {
                var now = after.GetValueOrDefault(figure.Key) ?? new FigureState([]);
                var before = now.Before(figure.Where(entered.Contains), figure.Where(m => !entered.Contains(m)));
                claims += now.Claims - before.Claims;
                figureCount += (now.Claims > 0 ? 1 : 0) - (before.Claims > 0 ? 1 : 0);
                echoes += now.Echoes - before.Echoes;
                dated.Add((figure.First(), before, now));
            }
            if (scan is { Claims: 0 })
            {
                cells.Add((cell!.Id, null));
                continue;
            }
            cells.Add((cell!.Id, scan is not null
                ? cell with
                {
                    Subject = scan.FirstSpelling!, ClaimCount = scan.Claims, FigureCount = cell.FigureCount + figureCount, EchoCount = cell.EchoCount + echoes,
                    Lowest = scan.Lowest, Highest = scan.Highest, Headline = scan.Headline,
                }
                : cell with
                {
                    ClaimCount = cell.ClaimCount + claims, FigureCount = cell.FigureCount + figureCount, EchoCount = cell.EchoCount + echoes,
                    Lowest = Min(into.Select(m => m.Lowest).Append(cell.Lowest)), Highest = Max(into.Select(m => m.Highest).Append(cell.Highest)),
                    Headline = into.Select(m => m.Headline).Append(cell.Headline).Max(),
                }));
        }
        await WriteCellsAsync(connection, transaction, cells, cancellationToken);
        if (DatedCells.IsKept(connection))
        {
            await MoveDatedAsync(connection, transaction, dated, leaving.Where(m => rows.ContainsKey(m.Row)).ToList(),
                entering.Where(m => rows.ContainsKey(m.Row)).ToList(), cancellationToken);
        }
        return regroup;
    }

    private static double? Min(IEnumerable<double?> values) => values.Where(v => v is not null).DefaultIfEmpty().Min();

    private static double? Max(IEnumerable<double?> values) => values.Where(v => v is not null).DefaultIfEmpty().Max();

    /// <summary>A stored cell's row, as <see cref="ComparisonCellSummary"/> holds it (the headline as its key).</summary>
    private sealed record StoredCell(int Id, string Subject, int ClaimCount, int FigureCount, int EchoCount, double? Lowest, double? Highest, long Headline);

    /// <summary>A cell's claims after the save, aggregated over its index range: no grouping by figure, no sort.</summary>
    private sealed record CellScan(int Claims, double? Lowest, double? Highest, long Headline, string? FirstSpelling, string? LastSpelling);

    /// <summary>The condition selecting one cell's rows (alias c) of the claims or of the stored cells, as parameters.</summary>
    private static string CellMatch(DbCommand command, (string Subject, Metric Metric, ClaimStatus Status, int? SourceId) row) =>
        $"c.\"Subject\" = {ComparisonSql.Text(command, row.Subject)} AND c.\"Metric\" = {ComparisonSql.Parameter(command, row.Metric.ToString())} "
        + $"AND c.\"Status\" = {ComparisonSql.Parameter(command, row.Status.ToString())} AND "
        + (row.SourceId is { } id ? $"c.\"SourceId\" = {ComparisonSql.Parameter(command, id)}" : "c.\"SourceId\" IS NULL");

    private static async Task<Dictionary<(string, Metric, ClaimStatus, int?), StoredCell>> ReadStoredAsync(DbConnection connection, DbTransaction? transaction,
        List<(string Subject, Metric Metric, ClaimStatus Status, int? SourceId)> rows, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<(string, Metric, ClaimStatus, int?), StoredCell>();
        foreach (var chunk in rows.Chunk(PerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var postgres = ComparisonSql.IsPostgres(command);
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
                SELECT c."Id", c."Subject"{(postgres ? "::text" : "")}, c."Metric", c."Status", c."SourceId", c."ClaimCount", c."FigureCount", c."EchoCount",
                       c."Lowest", c."Highest", c."LatestDay" * {ComparisonQuery.HeadlineKey} + c."HeadlineClaimId"
                FROM "ComparisonCells" AS c
                WHERE {string.Join(" OR ", chunk.Select(r => "(" + CellMatch(command, r) + ")"))}
                """);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var subject = reader.GetString(1);
                var key = (subject.ToLowerInvariant(), Enum.Parse<Metric>(reader.GetString(2)), Enum.Parse<ClaimStatus>(reader.GetString(3)), ComparisonSql.ReadInt(reader, 4));
                stored[key] = new StoredCell(reader.GetInt32(0), subject, reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7),
                    ComparisonSql.ReadDouble(reader, 8), ComparisonSql.ReadDouble(reader, 9), Convert.ToInt64(reader.GetValue(10), CultureInfo.InvariantCulture));
            }
        }
        return stored;
    }

    private static async Task<Dictionary<(string, Metric, ClaimStatus, int?), CellScan>> ScanAsync(DbConnection connection, DbTransaction? transaction,
        List<(string Subject, Metric Metric, ClaimStatus Status, int? SourceId)> rows, CancellationToken cancellationToken)
    {
        var scans = new Dictionary<(string, Metric, ClaimStatus, int?), CellScan>();
        foreach (var chunk in rows.Chunk(PerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var binary = ComparisonSql.IsPostgres(command) ? "c.\"Subject\"::text COLLATE \"C\"" : "c.\"Subject\" COLLATE BINARY";
            command.CommandText = string.Join("\nUNION ALL\n", chunk.Select((r, i) => string.Create(CultureInfo.InvariantCulture, $"""
                SELECT {i}, count(*), min(coalesce(c."Low", c."Value")), max(coalesce(c."High", c."Value")),
                       coalesce(max(c."EffectiveDay" * {ComparisonQuery.HeadlineKey} + c."Id"), 0), min({binary}), max({binary})
                FROM "Claims" AS c
                WHERE {CellMatch(command, r)} AND c."Review" <> '{Rejected}'
                """)));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                scans[chunk[ComparisonSql.ReadCount(reader, 0)]] = new CellScan(ComparisonSql.ReadCount(reader, 1), ComparisonSql.ReadDouble(reader, 2),
                    ComparisonSql.ReadDouble(reader, 3), Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture),
                    reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6));
            }
        }
        return scans;
    }

    /// <summary>
    /// The moved figures' claims after the save, per article and day, each figure one seek of IX_Claims_Comparison: its
    /// nullable columns compared with = or IS NULL as the figure has them (a null-safe comparison would not use the index).
    /// </summary>
    private static async Task<Dictionary<(string, Metric, ClaimStatus, int?, double?, double?, double?, Qualifier), FigureState>> ReadFiguresAsync(
        DbConnection connection, DbTransaction? transaction,
        List<(string Subject, Metric Metric, ClaimStatus Status, int? SourceId, double? Value, double? Low, double? High, Qualifier Qualifier)> figures,
        List<MovedFigure> moved, CancellationToken cancellationToken)
    {
        var states = new Dictionary<(string, Metric, ClaimStatus, int?, double?, double?, double?, Qualifier), FigureState>();
        foreach (var chunk in figures.Chunk(PerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            string Equal(string column, double? value) =>
                value is { } v ? $"c.\"{column}\" = {ComparisonSql.Parameter(command, v)}" : $"c.\"{column}\" IS NULL";
            command.CommandText = string.Join("\nUNION ALL\n", chunk.Select((f, i) => string.Create(CultureInfo.InvariantCulture, $"""
                SELECT {i}, c."ArticleId", c."EffectiveDay", count(*)
                FROM "Claims" AS c
                WHERE {CellMatch(command, (f.Subject, f.Metric, f.Status, f.SourceId))} AND {Equal("Value", f.Value)} AND {Equal("Low", f.Low)}
                  AND {Equal("High", f.High)} AND c."Qualifier" = {ComparisonSql.Parameter(command, f.Qualifier.ToString())} AND c."Review" <> '{Rejected}'
                GROUP BY c."ArticleId", c."EffectiveDay"
                """)));
            var found = chunk.Select(_ => new List<(int Article, int Day, int Claims)>()).ToArray();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    found[ComparisonSql.ReadCount(reader, 0)].Add((reader.GetInt32(1), reader.GetInt32(2), ComparisonSql.ReadCount(reader, 3)));
                }
            }
            for (var i = 0; i < chunk.Length; i++)
            {
                states[chunk[i]] = new FigureState(found[i]);
            }
        }
        return states;
    }

    private static async Task WriteCellsAsync(DbConnection connection, DbTransaction? transaction, List<(int Id, StoredCell? Cell)> cells,
        CancellationToken cancellationToken)
    {
        foreach (var chunk in cells.Chunk(PerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder();
            foreach (var (id, cell) in chunk)
            {
                var where = $"WHERE \"Id\" = {ComparisonSql.Parameter(command, id)};\n";
                sql.Append(cell is null
                    ? "DELETE FROM \"ComparisonCells\" " + where
                    : $"UPDATE \"ComparisonCells\" SET \"Subject\" = {ComparisonSql.Text(command, cell.Subject)}, "
                        + $"\"ClaimCount\" = {ComparisonSql.Parameter(command, cell.ClaimCount)}, \"FigureCount\" = {ComparisonSql.Parameter(command, cell.FigureCount)}, "
                        + $"\"EchoCount\" = {ComparisonSql.Parameter(command, cell.EchoCount)}, \"Lowest\" = {ComparisonSql.Parameter(command, cell.Lowest)}, "
                        + $"\"Highest\" = {ComparisonSql.Parameter(command, cell.Highest)}, "
                        + $"\"LatestDay\" = {ComparisonSql.Parameter(command, (int)(cell.Headline / ComparisonQuery.HeadlineKey))}, "
                        + $"\"HeadlineClaimId\" = {ComparisonSql.Parameter(command, (int)(cell.Headline % ComparisonQuery.HeadlineKey))} " + where);
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The date filters' days and spans (PostgreSQL) moved by the same figures: each touched day gets the figures' change
    /// in claims and in reports starting and ending there (an upsert that adds, as an import's does), its latest claim
    /// read again only when a claim that left was that latest (the day's claims of the cell, by index), and rows left
    /// with no claims deleted; each moved figure's span is written afresh from its claims.
    /// </summary>
    private static async Task MoveDatedAsync(DbConnection connection, DbTransaction? transaction,
        List<(MovedFigure Sample, FigureState Before, FigureState After)> figures, List<MovedFigure> leaving, List<MovedFigure> entering,
        CancellationToken cancellationToken)
    {
        var days = new Dictionary<((string Subject, Metric Metric, ClaimStatus Status, int? SourceId) Row, int Day), (int Claims, int Firsts, int Lasts)>();
        foreach (var (sample, before, after) in figures)
        {
            var was = before.Days();
            var now = after.Days();
            foreach (var day in was.Keys.Union(now.Keys))
            {
                var (b, a) = (was.GetValueOrDefault(day), now.GetValueOrDefault(day));
                var d = days.GetValueOrDefault((sample.Row, day));
                days[(sample.Row, day)] = (d.Claims + a.Claims - b.Claims, d.Firsts + a.Firsts - b.Firsts, d.Lasts + a.Lasts - b.Lasts);
            }
        }
        var latest = entering.Where(m => m.Day > 0).GroupBy(m => (m.Row, m.Day)).ToDictionary(g => g.Key, g => g.Max(m => m.Id));
        var gone = leaving.Where(m => m.Day > 0).GroupBy(m => (m.Row, m.Day)).ToDictionary(g => g.Key, g => g.Select(m => m.Id).ToArray());
        // Only days whose counts change or whose latest claim may: a figure echoed across hundreds of days touches each of them.
        foreach (var key in days.Where(d => d.Value == (0, 0, 0)).Select(d => d.Key).ToList())
        {
            days.Remove(key);
        }
        foreach (var key in latest.Keys.Concat(gone.Keys).Where(k => !days.ContainsKey(k)).ToList())
        {
            days[key] = (0, 0, 0);
        }
        var statements = days.Select(d => (Action<DbCommand, StringBuilder>)((command, sql) => MoveDaySql(command, sql, d.Key.Row, d.Key.Day, d.Value,
                latest.GetValueOrDefault(d.Key), gone.GetValueOrDefault(d.Key))))
            .Concat(figures.Select(f => (Action<DbCommand, StringBuilder>)((command, sql) => WriteSpanSql(command, sql, f.Sample, f.After.Span))));
        foreach (var chunk in statements.Chunk(PerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder();
            foreach (var write in chunk)
            {
                write(command, sql);
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string DatedMatch(DbCommand command, (string Subject, Metric Metric, ClaimStatus Status, int? SourceId) row) =>
        $"c.\"Subject\" = {ComparisonSql.Text(command, row.Subject)} AND c.\"Metric\" = {ComparisonSql.Parameter(command, row.Metric.ToString())} "
        + $"AND c.\"Status\" = {ComparisonSql.Parameter(command, row.Status.ToString())} AND c.\"SourceKey\" = {ComparisonSql.Parameter(command, row.SourceId ?? 0)}";

    private static void MoveDaySql(DbCommand command, StringBuilder sql, (string Subject, Metric Metric, ClaimStatus Status, int? SourceId) row, int day,
        (int Claims, int Firsts, int Lasts) change, int latest, int[]? gone)
    {
        var at = ComparisonSql.Parameter(command, day);
        sql.Append(CultureInfo.InvariantCulture, $"""
            INSERT INTO "ComparisonCellDays" ("Subject", "Metric", "Status", "SourceKey", "Day", "ClaimCount", "LatestClaimId", "FirstReports", "LastReports")
            VALUES ({ComparisonSql.Text(command, row.Subject)}, {ComparisonSql.Parameter(command, row.Metric.ToString())}, {ComparisonSql.Parameter(command, row.Status.ToString())},
                    {ComparisonSql.Parameter(command, row.SourceId ?? 0)}, {at}, {ComparisonSql.Parameter(command, change.Claims)}, {ComparisonSql.Parameter(command, latest)},
                    {ComparisonSql.Parameter(command, change.Firsts)}, {ComparisonSql.Parameter(command, change.Lasts)})
            ON CONFLICT ("Subject", "Metric", "Status", "SourceKey", "Day") DO UPDATE SET
                "ClaimCount" = "ComparisonCellDays"."ClaimCount" + excluded."ClaimCount",
                "LatestClaimId" = greatest("ComparisonCellDays"."LatestClaimId", excluded."LatestClaimId"),
                "FirstReports" = "ComparisonCellDays"."FirstReports" + excluded."FirstReports",
                "LastReports" = "ComparisonCellDays"."LastReports" + excluded."LastReports";

            """);
        if (gone is not null)
        {
            var ids = ComparisonSql.Parameter(command, gone);
            sql.Append(CultureInfo.InvariantCulture, $"""
                UPDATE "ComparisonCellDays" AS d
                SET "LatestClaimId" = coalesce((SELECT max(c."Id") FROM "Claims" AS c
                                                WHERE {CellMatch(command, row)} AND c."EffectiveDay" = {at} AND c."Review" <> '{Rejected}'), 0)
                WHERE d."Id" IN (SELECT c."Id" FROM "ComparisonCellDays" AS c WHERE {DatedMatch(command, row)} AND c."Day" = {at} AND c."LatestClaimId" = ANY({ids}));

                """);
        }
        sql.Append(CultureInfo.InvariantCulture, $"""
            DELETE FROM "ComparisonCellDays" AS c WHERE {DatedMatch(command, row)} AND c."Day" = {at} AND c."ClaimCount" <= 0;

            """);
    }

    /// <summary>A figure's span deleted, then written again from its claims if any of them is dated.</summary>
    private static void WriteSpanSql(DbCommand command, StringBuilder sql, MovedFigure figure, (int First, int Last) span)
    {
        var values = $"""
            (SELECT CAST({ComparisonSql.Parameter(command, figure.Value)} AS double precision) AS Value, CAST({ComparisonSql.Parameter(command, figure.Low)} AS double precision) AS Low,
                    CAST({ComparisonSql.Parameter(command, figure.High)} AS double precision) AS High, CAST({ComparisonSql.Parameter(command, figure.Qualifier.ToString())} AS text) AS Qualifier) AS f
            """;
        var row = figure.Row;
        sql.Append(CultureInfo.InvariantCulture, $"""
            DELETE FROM "ComparisonFigureSpans" AS c WHERE {DatedMatch(command, row)} AND c."Figure" = (SELECT {DatedCells.FigureText} FROM {values});

            """);
        if (span.First > 0)
        {
            sql.Append(CultureInfo.InvariantCulture, $"""
                INSERT INTO "ComparisonFigureSpans" ("Subject", "Metric", "Status", "SourceKey", "Figure", "Lowest", "Highest", "FirstDay", "LastDay")
                SELECT {ComparisonSql.Text(command, figure.Subject)}, {ComparisonSql.Parameter(command, row.Metric.ToString())}, {ComparisonSql.Parameter(command, row.Status.ToString())},
                       {ComparisonSql.Parameter(command, row.SourceId ?? 0)}, {DatedCells.FigureText}, CAST({ComparisonSql.Parameter(command, figure.Lowest)} AS double precision),
                       CAST({ComparisonSql.Parameter(command, figure.Highest)} AS double precision), {ComparisonSql.Parameter(command, span.First)}, {ComparisonSql.Parameter(command, span.Last)}
                FROM {values};

                """);
        }
    }
}
