using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker extract FILE... [--published YYYY-MM-DD] [--format jsonl|table] [--keep-repeats]</c>: reads each file as an article and
/// prints the claims found in it, one claim per figure (a repeated statement is a mention of the claim, unless
/// --keep-repeats). No store needed. Exit code 1 when any file could not be read or its claims not extracted, 2 on bad usage.
/// </summary>
internal static class ExtractCommand
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, extract: null);

    /// <summary>
    /// As <see cref="Run(string[], TextWriter, TextWriter)"/>, with <paramref name="extract"/> in place of the extractor
    /// when given: no input is known to make the extractor fail, so a test shows what a failure on one file costs this way.
    /// </summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, Func<string, DateOnly?, ClaimExtraction>? extract)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var files = new List<string>();
        DateOnly? published = null;
        var format = "jsonl";
        var merge = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--published" when i + 1 < args.Length:
                    if (!DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        return Usage(error, $"--published needs a date as YYYY-MM-DD, not '{args[i]}'.");
                    }
                    published = date;
                    break;
                case "--format" when i + 1 < args.Length:
                    format = args[++i];
                    if (format is not ("jsonl" or "table"))
                    {
                        return Usage(error, $"--format is jsonl or table, not '{format}'.");
                    }
                    break;
                case "--merge-repeats":
                    // The default since issue 10; still accepted so scripts written before keep working.
                    merge = true;
                    break;
                case "--keep-repeats":
                    merge = false;
                    break;
                case "--published" or "--format":
                    return Usage(error, $"{args[i]} needs a value.");
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    return Usage(error, $"unknown option {option}.");
                default:
                    files.Add(args[i]);
                    break;
            }
        }
        if (files.Count == 0)
        {
            return Usage(error, "name at least one file.");
        }

        var reader = new ArticleReader();
        var extractor = new ClaimExtractor { MergeRepeats = merge };
        var rows = new List<ClaimRow>();
        var failed = false;
        foreach (var file in files)
        {
            byte[] content;
            try
            {
                content = File.ReadAllBytes(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                error.WriteLine($"{file}: cannot open the file ({ex.Message})");
                failed = true;
                continue;
            }
            var result = reader.Read(content, file);
            if (result.Document is not { } document)
            {
                error.WriteLine($"{file}: {result.ErrorMessage}");
                failed = true;
                continue;
            }
            foreach (var warning in document.Warnings)
            {
                error.WriteLine($"{file}: warning: {warning}");
            }
            ClaimExtraction extraction;
            try
            {
                var date = PublishedDate(document, published);
                extraction = extract is null ? extractor.Extract(document.Text, date, CancellationToken.None) : extract(document.Text, date);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A defect in one rule must not cost the other files their claims, nor show the user a stack trace.
                error.WriteLine($"{file}: claims could not be extracted from this file ({ex.GetType().Name}: {ex.Message}); please report it with the file");
                failed = true;
                continue;
            }
            if (extraction.Warning is { } limit)
            {
                error.WriteLine($"{file}: warning: {limit}");
            }
            foreach (var claim in extraction.Claims)
            {
                var row = ClaimRow.From(file, claim);
                if (format == "jsonl")
                {
                    output.WriteLine(JsonSerializer.Serialize(row, Json));
                }
                else
                {
                    rows.Add(row);
                }
            }
        }
        if (format == "table")
        {
            WriteTable(rows, output);
        }
        return failed ? 1 : 0;
    }

    /// <summary>The date relative times resolve against: the one given on the command line, else the article's own.</summary>
    internal static DateOnly? PublishedDate(ArticleDocument document, DateOnly? option) => option ?? document.Published;

    private static int Usage(TextWriter error, string problem)
    {
        error.WriteLine($"extract: {problem}");
        error.WriteLine("usage: claimtracker extract FILE... [--published YYYY-MM-DD] [--format jsonl|table] [--keep-repeats]");
        return 2;
    }

    private static void WriteTable(List<ClaimRow> rows, TextWriter output)
    {
        string[] headers = ["file", "value", "low", "high", "qualifier", "subject", "metric", "status", "incr", "source", "as of", "quote"];
        var cells = rows.Select(r => new[]
        {
            Path.GetFileName(r.File), Number(r.Value), Number(r.Low), Number(r.High), (r.Qualifier is { } q ? Snake(q) : "exact"), r.Subject,
            Snake(r.Metric), Snake(r.Status), r.Increment switch { true => "yes", false => "no", null => "" },
            r.Source ?? (r.SourceMention is null ? "" : $"({r.SourceMention})"), r.AsOf ?? "", Shorten(r.Quote, 80),
        }).ToList();
        var widths = headers.Select((h, i) => Math.Min(60, cells.Select(c => c[i].Length).Append(h.Length).Max())).ToArray();
        var numeric = new HashSet<int> { 1, 2, 3 };
        output.WriteLine(Line(headers, widths, numeric));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
        {
            output.WriteLine(Line(row, widths, numeric));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} claim(s)"));
    }

    private static string Line(string[] cells, int[] widths, HashSet<int> rightAligned)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = Shorten(cells[i], widths[i]);
            var last = i == cells.Length - 1;
            line.Append(rightAligned.Contains(i) ? cell.PadLeft(widths[i]) : last ? cell : cell.PadRight(widths[i]));
            if (!last)
            {
                line.Append("  ");
            }
        }
        return line.ToString();
    }

    private static string Number(double? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "";

    private static string Snake<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static string Shorten(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), "…");
}
