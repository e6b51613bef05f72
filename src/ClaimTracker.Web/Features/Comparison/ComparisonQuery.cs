using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Features.Sources;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Features.Comparison;

/// <summary>
/// Builds the comparison grid from the store: rows (subject, metric, status) × source columns. The grouping is a
/// pure function (<see cref="Build"/>) so pages, the API and tests share it.
/// </summary>
public sealed class ComparisonQuery(IDbContextFactory<ClaimTrackerDb> dbFactory)
{
    /// <summary>Latest figures further apart than this ratio count as disagreement (10 %: rounding is not a dispute).</summary>
    public const double DisagreementThreshold = 1.1;

    /// <summary>Longer subject filters match nothing (stored subjects are at most 200 characters).</summary>
    public const int MaxSubjectFilterLength = 1000;

    public async Task<ComparisonResult> RunAsync(ComparisonFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var sources = await db.Sources.AsNoTracking()
            .Select(s => new SourceColumn(s.Id, s.Name, s.FullName, s.Credibility, s.CredibilityNote))
            .ToListAsync(cancellationToken);

        var claims = db.Claims.AsNoTracking();
        claims = filter.Review is { } review ? claims.Where(c => c.Review == review) : claims.Where(c => c.Review != ReviewState.Rejected);
        if (filter.Metric is { } metric)
        {
            claims = claims.Where(c => c.Metric == metric);
        }

        if (filter.Status is { } status)
        {
            claims = claims.Where(c => c.Status == status);
        }

        if (filter.Subject is { Length: > MaxSubjectFilterLength })
        {
            // No subject is that long, and SQLite refuses LIKE patterns over 50,000 characters: answer "no rows", not an error.
            claims = claims.Where(c => false);
        }
        else if (filter.Subject is { } subject)
        {
            var pattern = "%" + subject.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            claims = claims.Where(c => EF.Functions.Like(c.Subject, pattern, "\\"));
        }

        var figures = await claims
            .Select(c => new ClaimFigure
            {
                ClaimId = c.Id,
                ArticleId = c.ArticleId,
                ArticleTitle = c.Article!.Title,
                Outlet = c.Article.Outlet,
                PublishedAt = c.Article.PublishedAt,
                Subject = c.Subject,
                Metric = c.Metric,
                Status = c.Status,
                Value = c.Value,
                Low = c.Low,
                High = c.High,
                Qualifier = c.Qualifier,
                AsOf = c.AsOf,
                SourceId = c.SourceId,
                Review = c.Review,
                Quote = c.Quote,
            })
            .ToListAsync(cancellationToken);

        return Build(figures, sources, filter);
    }

    /// <summary>Groups figures into rows and columns. Applies the filters that need the source registry or dates.</summary>
    public static ComparisonResult Build(IEnumerable<ClaimFigure> figures, IEnumerable<SourceColumn> sources, ComparisonFilter filter)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(filter);

        var byId = sources.Where(s => s.SourceId is not null).ToDictionary(s => s.SourceId!.Value);
        SourceColumn ColumnOf(ClaimFigure f) => f.SourceId is { } id && byId.TryGetValue(id, out var column) ? column : SourceColumn.Unattributed;

        var wanted = new HashSet<string>(filter.Sources, StringComparer.OrdinalIgnoreCase);
        var selected = figures
            .Where(f => filter.From is null || (f.Date is { } d && d >= filter.From))
            .Where(f => filter.To is null || (f.Date is { } d && d <= filter.To))
            .Where(f => wanted.Count == 0 || wanted.Contains(ColumnOf(f).SourceId is null ? ComparisonFilter.NoSource : ColumnOf(f).Name))
            .Where(f => filter.Credibility.Count == 0 || filter.Credibility.Contains(ColumnOf(f).Credibility))
            .ToList();

        // Columns: busiest sources first, the unattributed column last, so the eye lands on who said most.
        var columns = selected
            .GroupBy(ColumnOf)
            .OrderBy(g => g.Key.SourceId is null)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Key)
            .ToList();

        var rows = selected
            .GroupBy(f => (Subject: f.Subject.Trim(), f.Metric, f.Status), RowKeyComparer.Instance)
            .Select(g => BuildRow(g.Key.Subject, g.Key.Metric, g.Key.Status, g.ToList(), columns, ColumnOf))
            .OrderByDescending(r => r.SourceCount)
            .ThenByDescending(r => r.ClaimCount)
            .ThenBy(r => r.Subject, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Metric)
            .ThenBy(r => r.Status)
            .ToList();

        return new ComparisonResult(columns, rows);
    }

    private static ComparisonRow BuildRow(string subject, Core.Claims.Metric metric, Core.Claims.ClaimStatus status, List<ClaimFigure> figures,
        List<SourceColumn> columns, Func<ClaimFigure, SourceColumn> columnOf)
    {
        var cells = columns
            .Select(column => new ComparisonCell(column, GroupEchoes(figures.Where(f => columnOf(f) == column))))
            .ToList();

        // Disagreement is between named sources: unattributed figures wait for an editor to credit them.
        var latest = cells.Where(c => c.Column.SourceId is not null).Select(c => c.Latest?.Point).OfType<double>().Where(v => v > 0).ToList();
        double? spread = latest.Count >= 2 ? latest.Max() / latest.Min() : null;

        return new ComparisonRow
        {
            Subject = subject,
            Metric = metric,
            Status = status,
            Cells = cells,
            Spread = spread,
            Disagree = spread >= DisagreementThreshold,
            SourceCount = cells.Count(c => c.Column.SourceId is not null && c.Figures.Count > 0),
            ClaimCount = figures.Count,
        };
    }

    /// <summary>
    /// One source's figures with repeats folded: the same figure (value, bounds, qualifier) in several articles is
    /// one claim, first reported by the earliest article, echoed by the rest. Latest first.
    /// </summary>
    public static IReadOnlyList<ClaimFigure> GroupEchoes(IEnumerable<ClaimFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures
            .GroupBy(f => (f.Value, f.Low, f.High, f.Qualifier))
            .Select(g =>
            {
                var ordered = g.OrderBy(f => f.Date ?? DateOnly.MaxValue).ThenBy(f => f.ClaimId).ToList();
                var first = ordered[0];
                // Repeats inside the same article (headline and body) are not echoes: only other articles are.
                var echoes = ordered.Skip(1).Where(f => f.ArticleId != first.ArticleId)
                    .GroupBy(f => f.ArticleId).Select(a => a.First()).ToList();
                var lastDate = ordered.Max(f => f.Date);
                return (Figure: first with { Echoes = echoes }, LastDate: lastDate);
            })
            .OrderByDescending(x => x.Figure.Date ?? DateOnly.MinValue)
            .ThenByDescending(x => x.LastDate ?? DateOnly.MinValue)
            .ThenByDescending(x => x.Figure.ClaimId)
            .Select(x => x.Figure)
            .ToList();
    }

    private sealed class RowKeyComparer : IEqualityComparer<(string Subject, Core.Claims.Metric Metric, Core.Claims.ClaimStatus Status)>
    {
        public static readonly RowKeyComparer Instance = new();

        public bool Equals((string Subject, Core.Claims.Metric Metric, Core.Claims.ClaimStatus Status) x,
            (string Subject, Core.Claims.Metric Metric, Core.Claims.ClaimStatus Status) y) =>
            string.Equals(x.Subject, y.Subject, StringComparison.OrdinalIgnoreCase) && x.Metric == y.Metric && x.Status == y.Status;

        public int GetHashCode((string Subject, Core.Claims.Metric Metric, Core.Claims.ClaimStatus Status) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Subject), obj.Metric, obj.Status);
    }
}
