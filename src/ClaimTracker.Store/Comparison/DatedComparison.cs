using System.Data.Common;
using System.Globalization;
using ClaimTracker.Store.Claims;

namespace ClaimTracker.Store.Comparison;

/// <summary>
/// The grid's rows and cells under a date filter, read from the stored days and figure spans (<see cref="DatedCells"/>)
/// instead of the claims in range: those grew with the store (954 ms p95 for <c>from=</c> at 100,000 articles).
/// Claims and reports add up over days, so any range sums days; a figure is in range of a single <c>from=</c> exactly when
/// its last day is, of a single <c>to=</c> when its first day is, so those count figures and bounds from the spans.
/// Both together cannot (a figure may have claims before and after the range and none in it): their cells are
/// grouped from the claims as before.
/// </summary>
internal static class DatedComparison
{
    /// <summary>True when the rows query reads the stored days: a date filter over every claim but rejected ones.</summary>
    public static bool ReadsDays(ComparisonFilter filter, DbCommand command) =>
        DatedCells.IsKept(command.Connection) && filter.Review is null && (filter.From is not null || filter.To is not null);

    /// <summary>True when the cells query reads the stored days and spans too: a single date bound.</summary>
    public static bool ReadsSpans(ComparisonFilter filter, DbCommand command) =>
        DatedCells.IsKept(command.Connection) && filter.Review is null && (filter.From is null) != (filter.To is null);

    /// <summary>Per (row, source) the claims in range (columns Subject, Metric, Status, SourceId, Claims), as the rows query reads them.</summary>
    public static string RowSourcesSql(ComparisonFilter filter, DbCommand command)
    {
        var conditions = Conditions(filter, command);
        conditions.Add(DayRange(filter, command, "Day"));
        return $"""
            SELECT min(c."Subject") AS Subject, c."Metric" AS Metric, c."Status" AS Status, nullif(c."SourceKey", 0) AS SourceId, sum(c."ClaimCount") AS Claims
            {From(filter, "ComparisonCellDays")} WHERE {string.Join(" AND ", conditions)}
            GROUP BY {GroupByCell(command)}
            """;
    }

    /// <summary>
    /// The cells query's columns (as <see cref="ComparisonQuery.CellTotalsSql(string, string, bool, string)"/>) for the page's rows
    /// under a single date bound: claims, reports and the headline from the days in range, figures and bounds from the
    /// spans in range; echoes are the reports less the figures.
    /// </summary>
    public static string CellsSql(ComparisonFilter filter, DbCommand command, string pageRows)
    {
        var from = filter.From is not null;
        var days = Conditions(filter, command);
        days.Add(DayRange(filter, command, "Day"));
        days.Add($"({pageRows})");
        var spans = Conditions(filter, command);
        spans.Add(from ? $"c.\"LastDay\" >= {Day(command, filter.From)}" : $"c.\"FirstDay\" <= {Day(command, filter.To)}");
        spans.Add($"({pageRows})");
        var noCase = ComparisonSql.NoCase(command);
        return string.Create(CultureInfo.InvariantCulture, $"""
            SELECT d.Subject, d.Metric, d.Status, d.SourceId, d.Claims, f.Figures, d.Reports - f.Figures, f.Lowest, f.Highest, d.Headline
            FROM (SELECT min(c."Subject") AS Subject, c."Metric" AS Metric, c."Status" AS Status, nullif(c."SourceKey", 0) AS SourceId, sum(c."ClaimCount") AS Claims,
                         sum(c."{(from ? "LastReports" : "FirstReports")}") AS Reports, max(c."Day" * {ComparisonQuery.HeadlineKey} + c."LatestClaimId") AS Headline
                  {From(filter, "ComparisonCellDays")} WHERE {string.Join(" AND ", days)}
                  GROUP BY {GroupByCell(command)}) AS d
            JOIN (SELECT min(c."Subject") AS Subject, c."Metric" AS Metric, c."Status" AS Status, c."SourceKey" AS SourceKey, count(*) AS Figures,
                         min(c."Lowest") AS Lowest, max(c."Highest") AS Highest
                  {From(filter, "ComparisonFigureSpans")} WHERE {string.Join(" AND ", spans)}
                  GROUP BY {GroupByCell(command)}) AS f
              ON f.Subject = d.Subject{noCase} AND f.Metric = d.Metric AND f.Status = d.Status AND f.SourceKey = coalesce(d.SourceId, 0)
            """);
    }

    /// <summary>A stored table's cell, in its unique index's order (so SQLite groups it without a sort).</summary>
    private static string GroupByCell(DbCommand command) => $"c.\"Subject\"{ComparisonSql.NoCase(command)}, c.\"Metric\", c.\"Status\", c.\"SourceKey\"";

    /// <summary>The filter's cell conditions (subject, metric, status, sources, credibility) over the stored table.</summary>
    private static List<string> Conditions(ComparisonFilter filter, DbCommand command) => ComparisonSql.CellConditions(filter, command);

    /// <summary>
    /// The stored table as alias c with the claims' column SourceId (null for no source), which the cell conditions and the
    /// sources' join read; joined to the sources when the filter names them or their rating.
    /// </summary>
    private static string From(ComparisonFilter filter, string table)
    {
        var from = $"FROM (SELECT t.*, nullif(t.\"SourceKey\", 0) AS \"SourceId\" FROM \"{table}\" AS t) AS c";
        if (filter.Sources.Count > 0 || filter.Credibility.Count > 0)
        {
            from += " LEFT JOIN \"Sources\" AS s ON s.\"Id\" = c.\"SourceId\"";
        }
        return from;
    }

    /// <summary>The filter's bounds on a yyyyMMdd column (the stored days are never 0).</summary>
    private static string DayRange(ComparisonFilter filter, DbCommand command, string column)
    {
        var bounds = new List<string>();
        if (filter.From is { } from)
        {
            bounds.Add($"c.\"{column}\" >= {Day(command, from)}");
        }
        if (filter.To is { } to)
        {
            bounds.Add($"c.\"{column}\" <= {Day(command, to)}");
        }
        return string.Join(" AND ", bounds);
    }

    private static string Day(DbCommand command, DateOnly? date) => ComparisonSql.Parameter(command, EffectiveDay.Of(date!.Value));
}
