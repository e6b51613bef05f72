using System.Data.Common;
using System.Globalization;
using ClaimTracker.Store.Articles;
using ClaimTracker.Store.Claims;
using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ClaimTracker.Store.Comparison;

/// <summary>
/// Keeps the comparison cells' days (<see cref="ComparisonCellDay"/>) and figures' spans (<see cref="ComparisonFigureSpan"/>)
/// equal to a grouping of the dated, non-rejected claims, which the date filters read (<see cref="DatedComparison"/>).
/// Every cell <see cref="ComparisonCells.RefreshAsync"/> recomputes is regrouped here too (re-dated articles, deleted
/// sources, cells a correction's move cannot follow); corrections and deletes move their figures' days and spans
/// (<see cref="MovedClaims"/>); an import batch, which only adds claims of new articles, adds to the days and
/// widens the spans instead (<see cref="AddAsync"/>): claims and reports add up, and a new article's reports are new.
/// </summary>
public static class DatedCells
{
    /// <summary>
    /// True when the store keeps and reads the days and spans: PostgreSQL only. There they made the date filters 74-84 %
    /// faster; SQLite groups the claims in range fast enough at 10,000 articles, and keeping the tables cost its import
    /// about a fifth of its CPU (issue 9's import speed), so on SQLite the tables stay empty and the date filters group
    /// the claims as before. Every writer and reader asks here.
    /// </summary>
    public static bool IsKept(DbConnection? connection) => connection is Npgsql.NpgsqlConnection;

    /// <summary>
    /// Regroups the given cells: deletes their days and spans, then inserts them grouped from the claims. Called by
    /// <see cref="ComparisonCells.RefreshAsync"/> in its transaction, with at most a statement's worth of cells.
    /// </summary>
    internal static async Task RefreshAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<CellKey> cells,
        CancellationToken cancellationToken)
    {
        if (cells.Count == 0 || !IsKept(connection))
        {
            return;
        }
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var stored = new List<string>();
        var claims = new List<string>();
        foreach (var key in cells)
        {
            var row = $"c.\"Subject\" = {ComparisonSql.Text(command, key.Subject)} AND c.\"Metric\" = {ComparisonSql.Parameter(command, key.Metric.ToString())} "
                + $"AND c.\"Status\" = {ComparisonSql.Parameter(command, key.Status.ToString())}";
            var source = ComparisonSql.Parameter(command, key.SourceId ?? 0);
            stored.Add($"({row} AND c.\"SourceKey\" = {source})");
            claims.Add($"({row} AND " + (key.SourceId is null ? "c.\"SourceId\" IS NULL)" : $"c.\"SourceId\" = {source})"));
        }
        command.CommandText = $"""
            DELETE FROM "ComparisonCellDays" AS c WHERE {string.Join(" OR ", stored)};
            DELETE FROM "ComparisonFigureSpans" AS c WHERE {string.Join(" OR ", stored)};
            {AddSql(postgres: true, $"({string.Join(" OR ", claims)})")}
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The statements that add an import batch's claims (a single ingest is a batch of one), their parameters added to
    /// <paramref name="command"/>; null when there is nothing to add or the store keeps no days. The caller sends them
    /// inside the batch's transaction, after its claims are in and its cells' locks taken (in the same command on
    /// PostgreSQL: AddedClaimCells), before the cells' own addition, whose full regroup of a few cells then replaces what
    /// this added to them. The batch's days and spans are grouped in memory from the claims just written
    /// (<see cref="DatedBatch"/>) and upserted with one statement per table; PostgreSQL groups a batch whose subjects have
    /// cased letters beyond ASCII itself, from its claims, as its citext compares them.
    /// </summary>
    internal static string? AddSql(DbCommand command, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!IsKept(command.Connection))
        {
            return null;
        }
        var claims = articles.SelectMany(a => a.Claims);
        var batch = DatedBatch.GroupsAsTheDatabase(claims, postgres: true) ? DatedBatch.Of(claims) : null;
        if (batch is { IsEmpty: true } || !claims.Any())
        {
            return null;
        }
        // Other writers may take ids between this batch's: the batch is named by its exact ids.
        return batch is null
            ? AddSql(postgres: true, $"c.\"ArticleId\" = ANY({ComparisonSql.Parameter(command, articles.Select(a => a.Id).ToArray())})")
            : AddRowsSql(postgres: true, ComparisonSql.Parameter(command, batch.DaysJson()), ComparisonSql.Parameter(command, batch.SpansJson()));
    }

    /// <summary>
    /// Upserts grouped days and spans given as JSON arrays of rows (<see cref="DatedBatch.DaysJson"/>,
    /// <see cref="DatedBatch.SpansJson"/>): counts add, the latest id and the span's ends widen, as <see cref="AddSql"/>.
    /// A figure's key text is made here from its values as numbers, so each provider writes it as its own grouping does.
    /// </summary>
    private static string AddRowsSql(bool postgres, string days, string spans)
    {
        static string text(int i) => $"r.value ->> {i}";
        Func<int, string> integer = postgres ? i => $"CAST(r.value ->> {i} AS integer)" : i => $"r.value ->> {i}";
        // SQLite: a JSON number without a fraction reads as an integer, whose text lacks the ".0" a stored REAL's has.
        Func<int, string> real = postgres ? i => $"CAST(r.value ->> {i} AS double precision)" : i => $"CAST(r.value ->> {i} AS REAL)";
        var rows = postgres ? (Func<string, string>)(json => $"json_array_elements(CAST({json} AS json)) AS r(value)") : json => $"json_each({json}) AS r";
        var (least, greatest) = postgres ? ("least", "greatest") : ("min", "max");
        return string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO "ComparisonCellDays" ("Subject", "Metric", "Status", "SourceKey", "Day", "ClaimCount", "LatestClaimId", "FirstReports", "LastReports")
            SELECT {text(0)}, {text(1)}, {text(2)}, {integer(3)}, {integer(4)}, {integer(5)}, {integer(6)}, {integer(7)}, {integer(8)}
            FROM {rows(days)}
            WHERE 1 = 1
            ON CONFLICT ("Subject", "Metric", "Status", "SourceKey", "Day") DO UPDATE SET
                "ClaimCount" = "ComparisonCellDays"."ClaimCount" + excluded."ClaimCount",
                "LatestClaimId" = {greatest}("ComparisonCellDays"."LatestClaimId", excluded."LatestClaimId"),
                "FirstReports" = "ComparisonCellDays"."FirstReports" + excluded."FirstReports",
                "LastReports" = "ComparisonCellDays"."LastReports" + excluded."LastReports";
            INSERT INTO "ComparisonFigureSpans" ("Subject", "Metric", "Status", "SourceKey", "Figure", "Lowest", "Highest", "FirstDay", "LastDay")
            SELECT Subject, Metric, Status, SourceKey, {FigureText}, Lowest, Highest, FirstDay, LastDay
            FROM (SELECT {text(0)} AS Subject, {text(1)} AS Metric, {text(2)} AS Status, {integer(3)} AS SourceKey, {real(4)} AS Value,
                         {real(5)} AS Low, {real(6)} AS High, {text(7)} AS Qualifier, {real(8)} AS Lowest, {real(9)} AS Highest,
                         {integer(10)} AS FirstDay, {integer(11)} AS LastDay
                  FROM {rows(spans)}) AS s
            WHERE 1 = 1
            ON CONFLICT ("Subject", "Metric", "Status", "SourceKey", "Figure") DO UPDATE SET
                "FirstDay" = {least}("ComparisonFigureSpans"."FirstDay", excluded."FirstDay"),
                "LastDay" = {greatest}("ComparisonFigureSpans"."LastDay", excluded."LastDay");
            """);
    }

    /// <summary>Every cell's days and spans from scratch: what the migration that adds the tables runs.</summary>
    public static string RebuildSql(bool postgres) =>
        $"DELETE FROM \"ComparisonCellDays\";\nDELETE FROM \"ComparisonFigureSpans\";\n{AddSql(postgres, "1 = 1")}";

    /// <summary>
    /// The days and spans of the claims the condition selects (over alias c), added to any stored: counts add, the
    /// latest id and the span's ends widen. A report (a figure in one article) counts on the days of its first and last claims.
    /// </summary>
    private static string AddSql(bool postgres, string condition)
    {
        var noCase = ComparisonSql.NoCase(postgres);
        var (least, greatest) = postgres ? ("least", "greatest") : ("min", "max");
        var dated = $"""
            WITH dated AS (
                SELECT c."Subject" AS Subject, c."Metric" AS Metric, c."Status" AS Status, coalesce(c."SourceId", 0) AS SourceKey, c."Value" AS Value,
                       c."Low" AS Low, c."High" AS High, c."Qualifier" AS Qualifier, c."ArticleId" AS ArticleId, c."Id" AS Id, c."EffectiveDay" AS Day
                FROM "Claims" AS c
                WHERE c."Review" <> '{nameof(ReviewState.Rejected)}' AND c."EffectiveDay" > 0 AND {condition})
            """;
        return string.Create(CultureInfo.InvariantCulture, $"""
            {dated},
            reports AS (
                SELECT min(Subject) AS Subject, Metric, Status, SourceKey, min(Day) AS FirstDay, max(Day) AS LastDay
                FROM dated
                GROUP BY Subject{noCase}, Metric, Status, SourceKey, Value, Low, High, Qualifier, ArticleId)
            INSERT INTO "ComparisonCellDays" ("Subject", "Metric", "Status", "SourceKey", "Day", "ClaimCount", "LatestClaimId", "FirstReports", "LastReports")
            SELECT min(Subject), Metric, Status, SourceKey, Day, sum(Claims), max(LatestId), sum(Firsts), sum(Lasts)
            FROM (SELECT Subject, Metric, Status, SourceKey, Day, 1 AS Claims, Id AS LatestId, 0 AS Firsts, 0 AS Lasts FROM dated
                  UNION ALL SELECT Subject, Metric, Status, SourceKey, FirstDay, 0, 0, 1, 0 FROM reports
                  UNION ALL SELECT Subject, Metric, Status, SourceKey, LastDay, 0, 0, 0, 1 FROM reports) AS u
            WHERE 1 = 1
            GROUP BY Subject{noCase}, Metric, Status, SourceKey, Day
            ON CONFLICT ("Subject", "Metric", "Status", "SourceKey", "Day") DO UPDATE SET
                "ClaimCount" = "ComparisonCellDays"."ClaimCount" + excluded."ClaimCount",
                "LatestClaimId" = {greatest}("ComparisonCellDays"."LatestClaimId", excluded."LatestClaimId"),
                "FirstReports" = "ComparisonCellDays"."FirstReports" + excluded."FirstReports",
                "LastReports" = "ComparisonCellDays"."LastReports" + excluded."LastReports";
            {dated}
            INSERT INTO "ComparisonFigureSpans" ("Subject", "Metric", "Status", "SourceKey", "Figure", "Lowest", "Highest", "FirstDay", "LastDay")
            SELECT min(Subject), Metric, Status, SourceKey, {FigureText}, min(coalesce(Low, Value)), max(coalesce(High, Value)), min(Day), max(Day)
            FROM dated
            WHERE 1 = 1
            GROUP BY Subject{noCase}, Metric, Status, SourceKey, Value, Low, High, Qualifier
            ON CONFLICT ("Subject", "Metric", "Status", "SourceKey", "Figure") DO UPDATE SET
                "FirstDay" = {least}("ComparisonFigureSpans"."FirstDay", excluded."FirstDay"),
                "LastDay" = {greatest}("ComparisonFigureSpans"."LastDay", excluded."LastDay");
            """);
    }

    /// <summary>A figure's value, bounds and qualifier as one non-null text, the spans' unique key (each provider writes it alike every time).</summary>
    internal const string FigureText =
        "coalesce(CAST(Value AS TEXT), '') || '|' || coalesce(CAST(Low AS TEXT), '') || '|' || coalesce(CAST(High AS TEXT), '') || '|' || Qualifier";
}
