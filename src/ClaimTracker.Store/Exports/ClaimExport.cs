using System.Runtime.CompilerServices;
using ClaimTracker.Store.Data;
using ClaimTracker.Store.Comparison;
using ClaimTracker.Store.Sources;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Exports;

/// <summary>
/// Every claim the comparison shows for a filter, as flat export rows read one at a time from the database (constant
/// memory whatever the store's size): grouped as the grid is (row, then source), each echo marked with the claim it repeats.
/// </summary>
public sealed class ClaimExport(IDbContextFactory<ClaimTrackerDb> dbFactory)
{
    public async IAsyncEnumerable<ClaimExportRow> RowsAsync(ComparisonFilter filter, Uri appRoot, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(appRoot);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        var where = ComparisonSql.Where(filter, command);
        // A figure's first report is the earliest claim of the same source with the same figure in the row; a claim of
        // another article with that figure is its echo. SQLite sorts for the window in its own (bounded, spilling) sorter.
        command.CommandText = $"""
            SELECT {ComparisonSql.FigureColumns}, s."Name", s."FullName", s."Credibility",
                   first_value(c."Id") OVER figure, first_value(c."ArticleId") OVER figure
            {ComparisonSql.From} {where}
            WINDOW figure AS (PARTITION BY c."Subject", c."Metric", c."Status", c."SourceId", c."Value", c."Low", c."High", c."Qualifier"
                              ORDER BY coalesce(c."AsOf", a."PublishedAt") IS NULL, coalesce(c."AsOf", a."PublishedAt"), c."Id")
            ORDER BY c."Subject", c."Metric", c."Status", s."Name" IS NULL, s."Name", c."Id"
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var figure = ComparisonSql.ReadFigure(reader);
            var named = !reader.IsDBNull(ComparisonSql.FigureColumnCount);
            var firstId = reader.GetInt32(ComparisonSql.FigureColumnCount + 3);
            var firstArticle = reader.GetInt32(ComparisonSql.FigureColumnCount + 4);
            yield return new ClaimExportRow
            {
                ClaimId = figure.ClaimId,
                ArticleId = figure.ArticleId,
                ArticleTitle = figure.ArticleTitle,
                Outlet = figure.Outlet,
                PublishedAt = figure.PublishedAt,
                Subject = figure.Subject,
                Metric = figure.Metric,
                Status = figure.Status,
                Figure = figure.Text,
                Value = figure.Value,
                Low = figure.Low,
                High = figure.High,
                Qualifier = figure.Qualifier,
                AsOf = figure.AsOf,
                Source = named ? reader.GetString(ComparisonSql.FigureColumnCount) : null,
                SourceFullName = named ? reader.GetString(ComparisonSql.FigureColumnCount + 1) : null,
                SourceCredibility = named ? Enum.Parse<Credibility>(reader.GetString(ComparisonSql.FigureColumnCount + 2)) : null,
                Review = figure.Review,
                EchoOf = firstArticle != figure.ArticleId ? firstId : null,
                Quote = figure.Quote,
                Link = new Uri(appRoot, figure.Link.TrimStart('/')).AbsoluteUri,
            };
        }
    }
}
