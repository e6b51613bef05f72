using System.Globalization;
using System.Text.Json;
using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Numbers;
using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Numbers;

/// <summary>
/// Microsoft Recognizers-Text's English number specs (MIT, copied unchanged into TestData/RecognizersText)
/// run against <see cref="NumberRecognizer"/>. Each case passes when the numbers found in its input match its
/// results exactly: same count, and for each in order the same text (case-insensitive), start and value.
/// Cases marked NotSupported/NotSupportedByDesign for dotnet are skipped, as the spec says.
/// </summary>
/// <remarks>
/// How our mentions map to the spec:
/// NumberModel — every single number, with a range split into its two ends (<see cref="NumberMention.Bounds"/>),
/// compared by its own <see cref="NumberMention.Text"/> (qualifier words are not part of a number there).
/// NumberRangeModel — every range and every bounded mention, compared by <see cref="NumberMention.MentionText"/>:
/// a range is [Low, High]; more_than/at_least is [N, ∞); up_to/less_than is (−∞, N]; an exact number with a
/// qualifier ("equal to 20") is [N, N]. Bracket openness is ignored (our ranges include both ends).
/// </remarks>
public sealed class RecognizersTextSpecTests(ITestOutputHelper output)
{
    private sealed record Expected(string Text, int Start, double? Low, double? High);

    [Theory]
    [InlineData("NumberModel.json", 0.90)]
    [InlineData("NumberRangeModel.json", 0.75)]
    public void Peer_spec_cases_pass_at_the_required_rate(string file, double required)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "RecognizersText", file);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var isRange = file.Contains("Range", StringComparison.Ordinal);
        int run = 0, passed = 0, skipped = 0;
        var failures = new List<string>();
        foreach (var testCase in doc.RootElement.EnumerateArray())
        {
            if (NotForDotnet(testCase, "NotSupported") || NotForDotnet(testCase, "NotSupportedByDesign"))
            {
                skipped++;
                continue;
            }
            run++;
            var input = testCase.GetProperty("Input").GetString()!;
            var expected = testCase.GetProperty("Results").EnumerateArray().Select(r => ReadExpected(r, isRange)).ToList();
            var mentions = NumberRecognizer.Find(input);
            var actual = isRange ? AsRanges(mentions) : AsNumbers(mentions);
            if (Matches(expected, actual))
            {
                passed++;
            }
            else
            {
                failures.Add($"  {JsonSerializer.Serialize(input)}\n    expected: {Describe(expected)}\n    found:    {Describe(actual)}");
            }
        }
        var rate = run == 0 ? 0 : (double)passed / run;
        output.WriteLine($"{file}: {passed}/{run} passed ({rate:P1}), {skipped} skipped (not supported on dotnet)");
        output.WriteLine($"{failures.Count} failing input(s):");
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }
        Assert.True(run > 0, "no spec cases were run");
        Assert.True(rate >= required, $"{file}: pass rate {rate:P1} is below {required:P0}; see the test output for the failing inputs");
    }

    private static bool NotForDotnet(JsonElement testCase, string property) =>
        testCase.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
        && value.GetString()!.Split(',').Any(p => p.Trim().Equals("dotnet", StringComparison.OrdinalIgnoreCase));

    private static Expected ReadExpected(JsonElement r, bool isRange)
    {
        var text = r.GetProperty("Text").GetString()!;
        var start = r.GetProperty("Start").GetInt32();
        var value = r.GetProperty("Resolution").GetProperty("value").GetString()!;
        if (!isRange)
        {
            var v = double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
            return new Expected(text, start, v, v);
        }
        // "[20,30)", "(30000,)", "(,700]"
        var parts = value[1..^1].Split(',');
        return new Expected(text, start, ParseBound(parts[0]), ParseBound(parts[1]));
    }

    private static double? ParseBound(string s) =>
        s.Length == 0 ? null : double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static List<Expected> AsNumbers(IReadOnlyList<NumberMention> mentions)
    {
        var list = new List<Expected>();
        foreach (var m in mentions)
        {
            if (m.Kind == NumberKind.Range)
            {
                list.AddRange(m.Bounds.Select(b => new Expected(b.Text, b.Start, b.Value, b.Value)));
            }
            else
            {
                list.Add(new Expected(m.Text, m.Start, m.Value, m.Value));
            }
        }
        return list;
    }

    private static List<Expected> AsRanges(IReadOnlyList<NumberMention> mentions)
    {
        var list = new List<Expected>();
        foreach (var m in mentions)
        {
            Expected? e = m.Qualifier switch
            {
                Qualifier.Range => new Expected(m.MentionText, m.MentionStart, m.Low, m.High),
                Qualifier.MoreThan or Qualifier.AtLeast => new Expected(m.MentionText, m.MentionStart, m.Low, null),
                Qualifier.UpTo or Qualifier.LessThan => new Expected(m.MentionText, m.MentionStart, null, m.High),
                Qualifier.Exact when m.QualifierText != null => new Expected(m.MentionText, m.MentionStart, m.Value, m.Value),
                _ => null,
            };
            if (e != null)
            {
                list.Add(e);
            }
        }
        return list;
    }

    private static bool Matches(List<Expected> expected, List<Expected> actual)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var a = actual[i];
            if (!string.Equals(e.Text, a.Text, StringComparison.OrdinalIgnoreCase) || e.Start != a.Start
                || !Close(e.Low, a.Low) || !Close(e.High, a.High))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Close(double? e, double? a) =>
        e is null ? a is null : a is not null && Math.Abs(e.Value - a.Value) <= 1e-9 * Math.Max(1, Math.Abs(e.Value));

    private static string Describe(List<Expected> list) =>
        list.Count == 0 ? "(none)" : string.Join("; ", list.Select(x => string.Create(CultureInfo.InvariantCulture,
            $"\"{x.Text}\"@{x.Start} [{x.Low?.ToString("R", CultureInfo.InvariantCulture) ?? ""},{x.High?.ToString("R", CultureInfo.InvariantCulture) ?? ""}]")));
}
