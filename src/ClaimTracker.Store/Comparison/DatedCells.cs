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
/// Every cell <see cref="ComparisonCells.RefreshAsync"/> recomputes is regrouped here too (edits, reviews, re-dated and
/// deleted articles, deleted sources); an import batch, which only adds claims of new articles, adds to the days and
/// widens the spans instead (<see cref="AddAsync"/>): claims and reports add up, and a new article's reports are new.
/// </summary>
public static class DatedCells
{
    /// <summary>
    /// Regroups the given cells: deletes their days and spans, then inserts them grouped from the claims. Called by
    /// <see cref="ComparisonCells.RefreshAsync"/> in its transaction, with at most a statement's worth of cells.
    /// </summary>
    internal static async Task RefreshAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<CellKey> cells,
        CancellationToken cancellationToken)
    {
        if (cells.Count == 0)
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
        var postgres = ComparisonSql.IsPostgres(command);
        command.CommandText = $"""
            DELETE FROM "ComparisonCellDays" AS c WHERE {string.Join(" OR ", stored)};
            DELETE FROM "ComparisonFigureSpans" AS c WHERE {string.Join(" OR ", stored)};
            {AddSql(postgres, $"({string.Join(" OR ", claims)})")}
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Adds an import batch's claims: call inside the batch's transaction, after its claims are in and before
    /// the cells' own addition (AddedClaimCells, whose full regroup of a few cells then replaces what this added to them).
    /// </summary>
    internal static async Task AddAsync(ClaimTrackerDb db, IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        if (articles.All(a => a.Claims.Count == 0))
        {
            return;
        }
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await ComparisonCells.LockAsync(connection, transaction, cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var batch = command.CreateParameter();
        string condition;
        if (connection is Npgsql.NpgsqlConnection)
        {
            // Other writers may take ids between this batch's: the batch is named by its exact ids.
            batch.ParameterName = "@ids";
            batch.Value = articles.Select(a => a.Id).ToArray();
            condition = "c.\"ArticleId\" = ANY(@ids)";
        }
        else
        {
            // One writer at a time, and a new row takes the next id: the batch is every article from its first.
            batch.ParameterName = "@first";
            batch.Value = articles.Min(a => a.Id);
            condition = "c.\"ArticleId\" >= @first";
        }
        command.Parameters.Add(batch);
        command.CommandText = AddSql(connection is Npgsql.NpgsqlConnection, condition);
        await command.ExecuteNonQueryAsync(cancellationToken);
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
    private const string FigureText =
        "coalesce(CAST(Value AS TEXT), '') || '|' || coalesce(CAST(Low AS TEXT), '') || '|' || coalesce(CAST(High AS TEXT), '') || '|' || Qualifier";
}
