using System.Buffers;
using System.Text;
using System.Text.Json;
using ClaimTracker.Core.Claims;
using ClaimTracker.Store.Claims;

namespace ClaimTracker.Store.Comparison;

/// <summary>
/// An import batch's dated, non-rejected claims grouped in memory per (cell, day) and per (cell, figure), as
/// <see cref="DatedCells"/> stores them, written as JSON rows for one upsert per table. The writer holds every claim it
/// has just inserted: grouping them in SQL read the batch's claims back twice on its path (~2 CPU s per 10,000 articles).
/// Subjects group as SQLite's NOCASE does (ASCII letters only), which is PostgreSQL's citext too for subjects without
/// other cased letters (<see cref="GroupsAsTheDatabase"/>).
/// </summary>
internal sealed class DatedBatch
{
    private readonly Dictionary<DayKey, DayTotals> days = [];
    private readonly Dictionary<FigureKey, FigureSpan> spans = [];

    private DatedBatch()
    {
    }

    public bool IsEmpty => days.Count == 0;

    /// <summary>
    /// True when the subjects' case-insensitive grouping here is the database's: PostgreSQL's citext also folds letters
    /// beyond ASCII (as its locale says), SQLite's NOCASE does not.
    /// </summary>
    public static bool GroupsAsTheDatabase(IEnumerable<Claim> claims, bool postgres) =>
        !postgres || !claims.Any(c => c.Subject.Any(ch => ch > '\u007f' && (char.IsSurrogate(ch) || char.ToLowerInvariant(ch) != ch || char.ToUpperInvariant(ch) != ch)));

    public static DatedBatch Of(IEnumerable<Claim> claims)
    {
        var batch = new DatedBatch();
        // A report is a figure in one article: it counts on the days of its first and last claims.
        var reports = new Dictionary<(FigureKey Figure, int ArticleId), (int First, int Last)>();
        foreach (var claim in claims)
        {
            if (claim.Review == ReviewState.Rejected || claim.EffectiveDay <= 0)
            {
                continue;
            }
            var cell = new Cell(Fold(claim.Subject), claim.Metric, claim.Status, claim.SourceId ?? 0);
            var day = claim.EffectiveDay;
            var dayKey = new DayKey(cell, day);
            if (!batch.days.TryGetValue(dayKey, out var totals))
            {
                batch.days[dayKey] = totals = new DayTotals(claim.Subject);
            }
            totals.Claims++;
            totals.LatestClaimId = Math.Max(totals.LatestClaimId, claim.Id);
            var figure = new FigureKey(cell, claim.Value, claim.Low, claim.High, claim.Qualifier);
            if (!batch.spans.TryGetValue(figure, out var span))
            {
                batch.spans[figure] = span = new FigureSpan(claim.Subject, claim.Low ?? claim.Value, claim.High ?? claim.Value, day);
            }
            span.FirstDay = Math.Min(span.FirstDay, day);
            span.LastDay = Math.Max(span.LastDay, day);
            var report = (figure, claim.ArticleId);
            reports[report] = reports.TryGetValue(report, out var seen) ? (Math.Min(seen.First, day), Math.Max(seen.Last, day)) : (day, day);
        }
        foreach (var ((figure, _), (first, last)) in reports)
        {
            batch.days[new DayKey(figure.Cell, first)].FirstReports++;
            batch.days[new DayKey(figure.Cell, last)].LastReports++;
        }
        return batch;
    }

    /// <summary>Per (cell, day): [subject, metric, status, source key, day, claims, latest claim id, first reports, last reports].</summary>
    public string DaysJson() => Json(writer =>
    {
        foreach (var (key, totals) in days)
        {
            writer.WriteStartArray();
            WriteCell(writer, totals.Subject, key.Cell);
            writer.WriteNumberValue(key.Day);
            writer.WriteNumberValue(totals.Claims);
            writer.WriteNumberValue(totals.LatestClaimId);
            writer.WriteNumberValue(totals.FirstReports);
            writer.WriteNumberValue(totals.LastReports);
            writer.WriteEndArray();
        }
    });

    /// <summary>Per (cell, figure): [subject, metric, status, source key, value, low, high, qualifier, lowest, highest, first day, last day].</summary>
    public string SpansJson() => Json(writer =>
    {
        foreach (var (key, span) in spans)
        {
            writer.WriteStartArray();
            WriteCell(writer, span.Subject, key.Cell);
            WriteNumber(writer, key.Value);
            WriteNumber(writer, key.Low);
            WriteNumber(writer, key.High);
            writer.WriteStringValue(key.Qualifier.ToString());
            WriteNumber(writer, span.Lowest);
            WriteNumber(writer, span.Highest);
            writer.WriteNumberValue(span.FirstDay);
            writer.WriteNumberValue(span.LastDay);
            writer.WriteEndArray();
        }
    });

    private static string Json(Action<Utf8JsonWriter> rows)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            rows(writer);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteCell(Utf8JsonWriter writer, string subject, Cell cell)
    {
        writer.WriteStringValue(subject);
        writer.WriteStringValue(cell.Metric.ToString());
        writer.WriteStringValue(cell.Status.ToString());
        writer.WriteNumberValue(cell.SourceKey);
    }

    private static void WriteNumber(Utf8JsonWriter writer, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>The subject with ASCII letters lowercased: SQLite's NOCASE.</summary>
    private static string Fold(string subject)
    {
        if (!subject.AsSpan().ContainsAnyInRange('A', 'Z'))
        {
            return subject;
        }
        return string.Create(subject.Length, subject, static (folded, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var ch = source[i];
                folded[i] = ch is >= 'A' and <= 'Z' ? (char)(ch | 0x20) : ch;
            }
        });
    }

    private readonly record struct Cell(string Subject, Metric Metric, ClaimStatus Status, int SourceKey);

    private readonly record struct DayKey(Cell Cell, int Day);

    private readonly record struct FigureKey(Cell Cell, double? Value, double? Low, double? High, Qualifier Qualifier);

    /// <summary>A day's totals; the subject as the first of its claims spells it (a new row's spelling is the database's choice anyway).</summary>
    private sealed class DayTotals(string subject)
    {
        public string Subject { get; } = subject;
        public int Claims { get; set; }
        public int LatestClaimId { get; set; }
        public int FirstReports { get; set; }
        public int LastReports { get; set; }
    }

    private sealed class FigureSpan(string subject, double? lowest, double? highest, int day)
    {
        public string Subject { get; } = subject;
        public double? Lowest { get; } = lowest;
        public double? Highest { get; } = highest;
        public int FirstDay { get; set; } = day;
        public int LastDay { get; set; } = day;
    }
}
