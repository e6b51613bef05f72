using System.Text.Json.Serialization;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Features.Claims;

namespace ClaimTracker.Web.Features.Comparison;

/// <summary>
/// One page of the comparison as the prerender hands it to the interactive render (PersistentComponentState): only what
/// the grid draws, each column once, short property names, quotes cut to a tooltip's length. The whole state travels in
/// the circuit's first SignalR message (Program.cs allows 160 KB), so a page that would not fit is not handed over at
/// all (see <see cref="MaxBytes"/>) and the interactive render asks the query again.
/// </summary>
public sealed record ComparisonSnapshot
{
    /// <summary>Serialized size at most; the state is data-protected and base64-encoded on the way (about 1.4×).</summary>
    public const int MaxBytes = 96 * 1024;

    /// <summary>The longest quote kept for a figure's tooltip, on the page and in the snapshot alike.</summary>
    public const int MaxQuoteLength = 80;

    /// <summary>The filter and page this is (the page's query), so a different URL never reuses it.</summary>
    // Names differ by more than case: Blazor reads the state back case-insensitively.
    [JsonPropertyName("k")] public required string For { get; init; }
    [JsonPropertyName("c")] public required IReadOnlyList<SourceColumn> Columns { get; init; }
    [JsonPropertyName("r")] public required IReadOnlyList<Row> Rows { get; init; }
    [JsonPropertyName("t")] public int TotalRows { get; init; }
    [JsonPropertyName("p")] public int Page { get; init; }
    [JsonPropertyName("z")] public int PageSize { get; init; }

    public sealed record Row(
        [property: JsonPropertyName("s")] string Subject,
        [property: JsonPropertyName("m")] Metric Metric,
        [property: JsonPropertyName("u")] ClaimStatus Status,
        [property: JsonPropertyName("d")] double? Spread,
        [property: JsonPropertyName("x")] bool Disagree,
        [property: JsonPropertyName("n")] int SourceCount,
        [property: JsonPropertyName("k")] int ClaimCount,
        [property: JsonPropertyName("c")] IReadOnlyList<Cell?> Cells);

    /// <summary>A cell by its counts and headline figure; null for an empty cell.</summary>
    public sealed record Cell(
        [property: JsonPropertyName("f")] int FigureCount,
        [property: JsonPropertyName("e")] int EchoCount,
        [property: JsonPropertyName("l")] double? Lowest,
        [property: JsonPropertyName("h")] double? Highest,
        [property: JsonPropertyName("d")] DateOnly? LatestDate,
        [property: JsonPropertyName("g")] Figure? Headline);

    public sealed record Figure(
        [property: JsonPropertyName("i")] int ClaimId,
        [property: JsonPropertyName("a")] int ArticleId,
        [property: JsonPropertyName("w")] string Where,
        [property: JsonPropertyName("o")] bool HasOutlet,
        [property: JsonPropertyName("p")] DateOnly? PublishedAt,
        [property: JsonPropertyName("v")] double? Value,
        [property: JsonPropertyName("l")] double? Low,
        [property: JsonPropertyName("h")] double? High,
        [property: JsonPropertyName("q")] Qualifier Qualifier,
        [property: JsonPropertyName("d")] DateOnly? AsOf,
        [property: JsonPropertyName("r")] ReviewState Review,
        [property: JsonPropertyName("t")] string Quote,
        [property: JsonPropertyName("y"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AsOfPrecision? AsOfPrecision,
        [property: JsonPropertyName("b"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AsOfPrecision? PublishedPrecision);

    /// <summary>The key of a filter and page, as the comparison page's URL gives them.</summary>
    public static string KeyFor(ComparisonFilter filter, int page)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return string.Join('&', filter.ToQuery().Where(p => p.Value is not null).Select(p => FormattableString.Invariant($"{p.Key}={p.Value}")))
            + "&page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A quote as the grid's tooltip shows it: whole when short, else its first words and an ellipsis.</summary>
    public static string ShortQuote(string quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return quote.Length <= MaxQuoteLength ? quote : string.Concat(quote.AsSpan(0, MaxQuoteLength - 1).TrimEnd(), "…");
    }

    /// <summary>An article with no outlet is named by its title; a whole headline would swamp the cell, so it is shortened.</summary>
    public static string Where(string? outlet, string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return outlet ?? (title.Length <= 32 ? title : string.Concat(title.AsSpan(0, 31).TrimEnd(), "…"));
    }

    public static ComparisonSnapshot Of(ComparisonResult result, string key)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ComparisonSnapshot
        {
            For = key,
            Columns = result.Columns,
            Rows = [.. result.Rows.Select(r => new Row(r.Subject, r.Metric, r.Status, r.Spread, r.Disagree, r.SourceCount, r.ClaimCount,
                [.. r.Cells.Select(c => c.Latest is null && c.FigureCount == 0 ? null : new Cell(c.FigureCount, c.EchoCount, c.Lowest, c.Highest, c.LatestDate,
                    c.Latest is { } f ? new Figure(f.ClaimId, f.ArticleId, Where(f.Outlet, f.ArticleTitle), f.Outlet is not null, f.PublishedAt,
                        f.Value, f.Low, f.High, f.Qualifier, f.AsOf, f.Review, ShortQuote(f.Quote), f.AsOfPrecision, f.PublishedPrecision) : null))]))],
            TotalRows = result.TotalRows,
            Page = result.Page,
            PageSize = result.PageSize,
        };
    }

    /// <summary>The page back as the grid draws it (headline figures carry what the grid shows and nothing more).</summary>
    public ComparisonResult ToResult() => new(Columns, [.. Rows.Select(r => new ComparisonRow
    {
        Subject = r.Subject,
        Metric = r.Metric,
        Status = r.Status,
        Spread = r.Spread,
        Disagree = r.Disagree,
        SourceCount = r.SourceCount,
        ClaimCount = r.ClaimCount,
        Cells = [.. r.Cells.Select((c, i) => c is null ? new ComparisonCell(Columns[i], []) : new ComparisonCell(Columns[i],
            c.Headline is { } f ? [new ClaimFigure
            {
                ClaimId = f.ClaimId,
                ArticleId = f.ArticleId,
                ArticleTitle = f.HasOutlet ? "" : f.Where,
                Outlet = f.HasOutlet ? f.Where : null,
                PublishedAt = f.PublishedAt,
                Subject = r.Subject,
                Metric = r.Metric,
                Status = r.Status,
                Value = f.Value,
                Low = f.Low,
                High = f.High,
                Qualifier = f.Qualifier,
                AsOf = f.AsOf,
                SourceId = Columns[i].SourceId,
                Review = f.Review,
                Quote = f.Quote,
                AsOfPrecision = f.AsOfPrecision,
                PublishedPrecision = f.PublishedPrecision,
            }] : [])
        {
            FigureCount = c.FigureCount,
            EchoCount = c.EchoCount,
            Lowest = c.Lowest,
            Highest = c.Highest,
            LatestDate = c.LatestDate,
        })],
    })])
    {
        TotalRows = TotalRows,
        Page = Page,
        PageSize = PageSize,
    };
}
