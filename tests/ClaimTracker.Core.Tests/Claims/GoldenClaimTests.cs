using System.Globalization;
using System.Text.Json.Nodes;
using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// One folder per case under TestData/Claims: input.txt (sentences from reporting on many conflicts) and
/// expected.json (every claim the extractor must return, in order; an empty list means none).
/// Every listed field is compared; fields a case leaves out are not. A case with <c>"mergeRepeats": true</c> reads as the
/// store does (<see cref="ClaimExtractor.MergeRepeats"/>), and may ask each claim's <c>mentionCount</c> (its repeats).
/// </summary>
public sealed class GoldenClaimTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestData", "Claims");
    private static readonly ClaimExtractor Extractor = new();
    private static readonly ClaimExtractor Merging = new() { MergeRepeats = true };

    public static TheoryData<string> Cases() => [.. Names()];

    private static IEnumerable<string> Names() =>
        Directory.GetDirectories(Root).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal);

    [Fact]
    public void There_are_at_least_sixty_cases_with_negatives_among_them()
    {
        var cases = Names().ToList();
        Assert.True(cases.Count >= 60, $"{cases.Count} cases");
        var negatives = cases.Count(c => Expected(c)["claims"]!.AsArray().Count == 0);
        Assert.True(negatives >= 10, $"{negatives} negative cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extracts_the_expected_claims(string name)
    {
        var text = File.ReadAllText(Path.Combine(Root, name, "input.txt"));
        var expected = Expected(name);
        var published = expected["published"]?.GetValue<string>() is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        var actual = (expected["mergeRepeats"]?.GetValue<bool>() == true ? Merging : Extractor).Extract(text, published);
        var wanted = expected["claims"]!.AsArray();
        var problems = new List<string>();
        if (actual.Count != wanted.Count)
        {
            problems.Add($"expected {wanted.Count} claims, got {actual.Count}: " + string.Join("; ", actual.Select(Describe)));
        }
        for (var i = 0; i < Math.Min(actual.Count, wanted.Count); i++)
        {
            var row = ClaimJson.ToRow(name, actual[i]);
            row["sourceMention"] = actual[i].SourceMention;
            row["attribution"] = ClaimJson.Snake(actual[i].Attribution);
            row["asOfPrecision"] = actual[i].AsOfPrecision is { } precision ? ClaimJson.Snake(precision) : null;
            row["qualifier"] = ClaimJson.Snake(actual[i].Qualifier);
            row["mentionCount"] = actual[i].Mentions.Count;
            foreach (var (field, value) in wanted[i]!.AsObject())
            {
                var want = value?.ToJsonString() ?? "null";
                var got = row[field]?.ToJsonString() ?? "null";
                if (want != got)
                {
                    problems.Add($"claim {i} ({actual[i].MentionText}): {field} expected {want}, got {got}");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static JsonObject Expected(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Root, name, "expected.json")))!.AsObject();

    private static string Describe(ExtractedClaim c) => $"{c.MentionText} {c.Subject} {c.Metric} {c.Status} src={c.Source}";
}
