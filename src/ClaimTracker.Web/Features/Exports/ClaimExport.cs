using ClaimTracker.Web.Features.Comparison;

namespace ClaimTracker.Web.Features.Exports;

/// <summary>Flattens a comparison into export rows: every claim it shows, echoes included and marked as such.</summary>
public static class ClaimExport
{
    public static IReadOnlyList<ClaimExportRow> Rows(ComparisonResult comparison, Uri appRoot)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(appRoot);
        return
        [
            .. comparison.Rows
                .SelectMany(row => row.Cells)
                .SelectMany(cell => cell.Figures.SelectMany(figure =>
                    figure.Echoes.Select(echo => Row(echo, cell.Column, figure.ClaimId, appRoot)).Prepend(Row(figure, cell.Column, null, appRoot)))),
        ];
    }

    private static ClaimExportRow Row(ClaimFigure figure, SourceColumn column, int? echoOf, Uri appRoot) => new()
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
        Source = column.SourceId is null ? null : column.Name,
        SourceFullName = column.SourceId is null ? null : column.FullName,
        SourceCredibility = column.SourceId is null ? null : column.Credibility,
        Review = figure.Review,
        EchoOf = echoOf,
        Quote = figure.Quote,
        Link = new Uri(appRoot, figure.Link.TrimStart('/')).AbsoluteUri,
    };
}
