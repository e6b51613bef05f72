using System.Data.Common;
using ClaimTracker.Store.Claims;

namespace ClaimTracker.Store.Comparison;

/// <summary>
/// The review-state filter without dates, answered without grouping every claim. Reviewed claims (confirmed or rejected)
/// are an editor's work, so few, and the partial index IX_Claims_Reviewed holds only them: "confirmed" and "rejected"
/// group the claims of that small index. "Unreviewed" is the stored cells (every claim not rejected) less the confirmed
/// claims: a cell without a confirmed claim is read as stored; the row order takes the confirmed claims off each cell's
/// count (counts subtract; figures, echoes and headlines do not), and only the page's cells that hold a confirmed claim
/// are grouped from their unreviewed claims. Nothing is stored for this, so no write path has more to keep up.
/// </summary>
internal static class ReviewedClaims
{
    /// <summary>
    /// IX_Claims_Reviewed's condition. Written literally into every query meant to read that index: SQLite and PostgreSQL
    /// use a partial index only when the query's WHERE states its condition, and a bound parameter would not.
    /// </summary>
    public const string IndexCondition = "\"Review\" <> 'Unreviewed'";

    /// <summary>True when the grid is the stored cells less the confirmed claims (<c>review=unreviewed</c> and no date).</summary>
    public static bool ReadsStoredCells(ComparisonFilter filter) =>
        filter.From is null && filter.To is null && filter.Review == ReviewState.Unreviewed;

    /// <summary>The condition that lets a query over claims <c>c</c> filtered to this review state read IX_Claims_Reviewed; null for unreviewed.</summary>
    public static string? IndexTerm(ReviewState review) => review == ReviewState.Unreviewed ? null : "c." + IndexCondition;

    /// <summary>Per (row, source) the unreviewed claims (columns Subject, Metric, Status, SourceId, Claims): stored cells less confirmed claims.</summary>
    public static string UnreviewedRowSourcesSql(ComparisonFilter filter, DbCommand command)
    {
        var conditions = ComparisonSql.CellConditions(filter, command);
        conditions.Add("c.\"ClaimCount\" - coalesce(k.Claims, 0) > 0");
        return $"""
            SELECT c."Subject" AS Subject, c."Metric" AS Metric, c."Status" AS Status, c."SourceId" AS SourceId, c."ClaimCount" - coalesce(k.Claims, 0) AS Claims
            {ComparisonSql.FromFor(filter, "ComparisonCells")} LEFT JOIN ({ConfirmedPerCell}) AS k ON {SameCell(command)}
            WHERE {string.Join(" AND ", conditions)}
            """;
    }

    /// <summary>
    /// The cells query of the page's rows (<paramref name="rows"/>, a condition over <c>c</c>) under <c>review=unreviewed</c>:
    /// the stored cells without a confirmed claim, then the cells with one grouped from their unreviewed claims.
    /// </summary>
    public static string UnreviewedCellsSql(ComparisonFilter filter, DbCommand command, Func<string> rows)
    {
        var conditions = ComparisonSql.CellConditions(filter, command);
        conditions.Add("k.Claims IS NULL");
        conditions.Add($"({rows()})");
        var stored = $"""
            SELECT c."Subject", c."Metric", c."Status", c."SourceId", c."ClaimCount", c."FigureCount", c."EchoCount", c."Lowest", c."Highest",
                   c."LatestDay" * {ComparisonQuery.HeadlineKey} + c."HeadlineClaimId"
            {ComparisonSql.FromFor(filter, "ComparisonCells")} LEFT JOIN ({ConfirmedPerCell}) AS k ON {SameCell(command)}
            WHERE {string.Join(" AND ", conditions)}
            """;
        // From each cell with a confirmed claim into its range of IX_Claims_Comparison (subject, metric, status first).
        var from = ComparisonSql.FromFor(filter).Replace("FROM \"Claims\" AS c", $"FROM ({ConfirmedPerCell}) AS k JOIN \"Claims\" AS c ON {SameCell(command)}",
            StringComparison.Ordinal);
        var mixed = ComparisonQuery.CellTotalsSql(from, $"{ComparisonSql.Where(filter, command)} AND ({rows()})", ComparisonSql.IsPostgres(command));
        return $"{stored}\nUNION ALL\n{mixed}";
    }

    /// <summary>The confirmed claims per cell, from IX_Claims_Reviewed (columns Subject, Metric, Status, SourceId, Claims).</summary>
    private static readonly string ConfirmedPerCell = $"""
        SELECT r."Subject" AS Subject, r."Metric" AS Metric, r."Status" AS Status, r."SourceId" AS SourceId, count(*) AS Claims
        FROM "Claims" AS r WHERE r.{IndexCondition} AND r."Review" = '{nameof(ReviewState.Confirmed)}'
        GROUP BY r."Subject", r."Metric", r."Status", r."SourceId"
        """;

    /// <summary>
    /// The confirmed cell <c>k</c> is the cell (stored or claim) <c>c</c>: subjects compared as the columns do (NOCASE,
    /// citext; a subquery's column loses NOCASE on SQLite), no source equal to no source.
    /// </summary>
    private static string SameCell(DbCommand command) =>
        $"c.\"Subject\" = k.Subject{ComparisonSql.NoCase(command)} AND c.\"Metric\" = k.Metric AND c.\"Status\" = k.Status "
        + "AND coalesce(c.\"SourceId\", -1) = coalesce(k.SourceId, -1)";
}
