using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The matching and scoring of shared/tools/score_claims.py, in C#: a prediction matches the first unused gold
/// row of the same file whose number agrees and whose quote overlaps; fields are scored on the matches.
/// </summary>
internal static partial class ClaimScorer
{
    // The same list, in the same order, as score_claims.py's NATIONS.
    private static readonly string[] Nations = ["north korean", "russian", "ukrainian", "south korean", "south african", "south sudanese", "chinese", "american",
        "israeli", "palestinian", "sudanese", "myanmar", "burmese", "congolese", "rwandan", "haitian", "yemeni", "syrian",
        "lebanese", "ethiopian", "eritrean", "malian", "burkinabe", "nigerien", "somali", "iranian", "british", "french"];

    public sealed record Score(int Gold, int Predicted, int Matched, double Recall, double Precision, IReadOnlyDictionary<string, double> Fields, IReadOnlyList<string> Problems);

    public static Score Run(IReadOnlyList<JsonObject> gold, IReadOnlyList<JsonObject> predicted)
    {
        var goldFiles = gold.Select(g => Key(Str(g, "seed") ?? Str(g, "article"))).ToHashSet();
        var pred = predicted.Where(p => goldFiles.Contains(Key(Str(p, "file")))).ToList();
        var used = new HashSet<int>();
        var matches = new List<(JsonObject Gold, JsonObject Pred)>();
        var problems = new List<string>();
        foreach (var p in pred)
        {
            var hit = -1;
            for (var i = 0; i < gold.Count; i++)
            {
                if (used.Contains(i) || Key(Str(gold[i], "seed") ?? Str(gold[i], "article")) != Key(Str(p, "file")))
                {
                    continue;
                }
                if (NumberMatch(gold[i], p) && QuoteMatch(gold[i], p))
                {
                    hit = i;
                    break;
                }
            }
            if (hit < 0)
            {
                problems.Add($"FALSE POSITIVE: {Key(Str(p, "file"))} {Num(p, "value")} | {Str(p, "quote")}");
            }
            else
            {
                used.Add(hit);
                matches.Add((gold[hit], p));
            }
        }
        var required = Enumerable.Range(0, gold.Count).Where(i => gold[i]["required"]?.GetValue<bool>() ?? true).ToList();
        var found = required.Count(used.Contains);
        foreach (var i in required.Where(i => !used.Contains(i)))
        {
            problems.Add($"MISSED: {Key(Str(gold[i], "seed"))} {Num(gold[i], "value")} | {Str(gold[i], "quote")}");
        }
        var fields = new Dictionary<string, Func<JsonObject, JsonObject, bool>>
        {
            ["source"] = (g, p) =>
            {
                var any = g["source_any"]!.AsArray().Select(n => n?.GetValue<string>()).ToList();
                var ps = Str(p, "source");
                return (string.IsNullOrEmpty(ps) && any.Contains(null)) || any.Where(s => s is not null).Select(Norm).Contains(Norm(ps));
            },
            ["metric"] = (g, p) => Norm(Str(p, "metric")) == Norm(Str(g, "metric")),
            ["status"] = (g, p) => Norm(Str(p, "status")) == Norm(Str(g, "status")),
            ["qualifier"] = (g, p) => Norm(Str(p, "qualifier") ?? "exact") == Norm(Str(g, "qualifier") ?? "exact"),
            ["subject"] = (g, p) => NationsOf(Str(p, "subject")).SetEquals(NationsOf(Str(g, "subject"))),
            ["increment"] = (g, p) => (p["increment"]?.GetValue<bool>() ?? false) == (g["increment"]?.GetValue<bool>() ?? false),
        };
        var scores = new Dictionary<string, double>();
        foreach (var (field, ok) in fields)
        {
            var scored = matches.Where(m => field != "increment" || m.Gold["increment"] is not null).ToList();
            var bad = scored.Where(m => !ok(m.Gold, m.Pred)).ToList();
            scores[field] = scored.Count == 0 ? 1.0 : 1 - ((double)bad.Count / scored.Count);
            foreach (var (g, p) in bad)
            {
                var goldValue = field == "source" ? g["source_any"]!.ToJsonString() : g[field]?.ToJsonString() ?? "null";
                problems.Add($"WRONG {field}: {Key(Str(p, "file"))} {Num(g, "value")} gold={goldValue} got={p[field]?.ToJsonString() ?? "null"} | {Str(g, "quote")}");
            }
        }
        var recall = required.Count == 0 ? 1.0 : (double)found / required.Count;
        var precision = pred.Count == 0 ? 0.0 : (double)matches.Count / pred.Count;
        return new Score(required.Count, pred.Count, matches.Count, recall, precision, scores, problems);
    }

    public static List<JsonObject> ReadJsonl(string path) =>
        [.. File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonNode.Parse(l)!.AsObject())];

    private static bool NumberMatch(JsonObject g, JsonObject p)
    {
        foreach (var a in new[] { "value", "low", "high" })
        {
            if (Num(g, a) is { } gv && Num(p, a) is { } pv && gv == pv)
            {
                return true;
            }
        }
        return false;
    }

    // The prediction's quote, or any of its mentions (other places stating the same claim), overlaps the gold quote.
    private static bool QuoteMatch(JsonObject g, JsonObject p)
    {
        var quotes = new List<string?> { Str(p, "quote") };
        if (p["mentions"] is JsonArray mentions)
        {
            quotes.AddRange(mentions.OfType<JsonObject>().Select(m => Str(m, "quote")));
        }
        return quotes.Any(q => OneQuoteMatch(g, q));
    }

    private static bool OneQuoteMatch(JsonObject g, string? quote)
    {
        var gq = Norm(Str(g, "quote"));
        var pq = Norm(quote);
        if (gq.Length == 0 || pq.Length == 0)
        {
            return false;
        }
        if (gq.Contains(pq, StringComparison.Ordinal) || pq.Contains(gq, StringComparison.Ordinal))
        {
            return true;
        }
        var gw = Words(gq);
        var pw = Words(pq);
        return gw.Intersect(pw).Count() >= 0.5 * Math.Min(gw.Count, pw.Count);
    }

    private static HashSet<string> NationsOf(string? s)
    {
        var text = Norm(s);
        var found = new HashSet<string>();
        foreach (var n in Nations)
        {
            if (text.Contains(n, StringComparison.Ordinal))
            {
                found.Add(n);
                text = text.Replace(n, " ", StringComparison.Ordinal);
            }
        }
        return found;
    }

    private static HashSet<string> Words(string s) => [.. WordPattern().Matches(Norm(s)).Select(m => m.Value)];

    private static string Norm(string? s)
    {
        var t = (s ?? "").Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"');
        return Spaces().Replace(t, " ").Trim().ToLowerInvariant();
    }

    private static string Key(string? name) => Path.GetFileNameWithoutExtension(name ?? "");

    private static string? Str(JsonObject o, string name) =>
        o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static double? Num(JsonObject o, string name) =>
        o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<double>() : null;

    [GeneratedRegex(@"[a-z0-9,]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
