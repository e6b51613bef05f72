using System.Buffers;
using System.Globalization;
using System.Text;
using ClaimTracker.Store.Claims;

namespace ClaimTracker.Store.Exports;

/// <summary>
/// Claims as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read the accents and dashes). A cell that a
/// spreadsheet would take for a formula (= + - @, tab, carriage return first) gets a leading apostrophe: an article
/// can say anything, and opening an export must not run it (OWASP "CSV injection"). A cell holding a semicolon or a
/// tab is quoted too: a spreadsheet set to split on those would otherwise start a new cell there, and "a;=1+1"
/// would become a formula in the second one.
/// </summary>
public static class ClaimCsv
{
    public static readonly string[] Header =
    [
        "claim_id", "article_id", "article_title", "outlet", "published_at", "subject", "metric", "status", "figure", "value", "low", "high",
        "qualifier", "as_of", "source", "source_full_name", "source_credibility", "review", "echo_of", "quote", "link",
    ];

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",;\t\"\r\n");

        /// <summary>The header, then each row as it is read; flushed every few hundred rows so the response goes out as it is written.</summary>
    public static async Task WriteAsync(IAsyncEnumerable<ClaimExportRow> rows, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        var line = new StringBuilder();
        AppendLine(line, Header);
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            AppendLine(line, Cells(row));
            if (++count % 256 == 0)
            {
                await output.WriteAsync(line, cancellationToken);
                line.Clear();
            }
        }
        await output.WriteAsync(line, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    private static string?[] Cells(ClaimExportRow row) =>
    [
        Number(row.ClaimId), Number(row.ArticleId), row.ArticleTitle, row.Outlet, Date(row.PublishedAt), row.Subject, EnumText.Slug(row.Metric),
        EnumText.Slug(row.Status), row.Figure, Number(row.Value), Number(row.Low), Number(row.High), EnumText.Slug(row.Qualifier), Date(row.AsOf),
        row.Source, row.SourceFullName, row.SourceCredibility is { } c ? EnumText.Slug(c) : null, EnumText.Slug(row.Review),
        row.EchoOf is { } e ? Number(e) : null, row.Quote, row.Link,
    ];

    /// <summary>One cell, defused and quoted as needed.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(NeedsQuotes) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void AppendLine(StringBuilder csv, IEnumerable<string?> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }

    private static string? Number(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
