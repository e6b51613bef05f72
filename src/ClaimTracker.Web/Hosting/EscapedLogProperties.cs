using System.Buffers;
using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace ClaimTracker.Web.Hosting;

/// <summary>
/// Rewrites every text property of every log event before a sink sees it: control characters (newlines first of
/// all), line separators and bidi overrides become visible escapes, and a value longer than <see cref="MaxLength"/>
/// characters is cut with a marker. User names, titles, outlets, file names and request paths all reach the log, and a
/// newline in one of them would otherwise write a second, valid-looking line ("log forging"); a 1 MB outlet would be
/// written whole. One enricher covers every logging site, the framework's included, so no site can forget it.
/// </summary>
public sealed class EscapedLogProperties : ILogEventEnricher
{
    /// <summary>The longest text property written whole; longer ones keep this many characters and a marker.</summary>
    public const int MaxLength = 200;

    // C0 and C1 controls, DEL, the line and paragraph separators, and the bidi embeddings, overrides and isolates.
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(c => (char)c))
        + "\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C");

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            var safe = Escape(value);
            if (!ReferenceEquals(safe, value))
            {
                (changed ??= []).Add(new LogEventProperty(name, safe));
            }
        }
        foreach (var property in changed ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    /// <summary>The text as it may be written to a log: escaped and cut; the same instance when it needs neither.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = text.Length > MaxLength ? text.AsSpan(0, MaxLength) : text.AsSpan();
        if (kept.Length == text.Length && kept.IndexOfAny(Unsafe) < 0)
        {
            return text;
        }
        var escaped = new StringBuilder(kept.Length + 32);
        foreach (var c in kept)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when Unsafe.Contains(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        if (kept.Length < text.Length)
        {
            escaped.Append(CultureInfo.InvariantCulture, $"…[cut: {text.Length} characters]");
        }
        return escaped.ToString();
    }

    // Structured values (destructured objects, lists, dictionaries) are walked too: a title inside one is still a title.
    private static LogEventPropertyValue Escape(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text }:
                var safe = Escape(text);
                return ReferenceEquals(safe, text) ? value : new ScalarValue(safe);
            case SequenceValue sequence:
                var elements = sequence.Elements.Select(Escape).ToList();
                return elements.SequenceEqual(sequence.Elements) ? value : new SequenceValue(elements);
            case StructureValue structure:
                var properties = structure.Properties.Select(p => new LogEventProperty(p.Name, Escape(p.Value))).ToList();
                return properties.Select(p => p.Value).SequenceEqual(structure.Properties.Select(p => p.Value))
                    ? value : new StructureValue(properties, structure.TypeTag is { } tag ? Escape(tag) : null);
            case DictionaryValue dictionary:
                var entries = dictionary.Elements
                    .Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>((ScalarValue)Escape(e.Key), Escape(e.Value))).ToList();
                return entries.Zip(dictionary.Elements).All(p => ReferenceEquals(p.First.Key, p.Second.Key) && ReferenceEquals(p.First.Value, p.Second.Value))
                    ? value : new DictionaryValue(entries);
            default:
                return value;
        }
    }
}
