using System.Text.Json;
using ClaimTracker.Core.Articles;

namespace ClaimTracker.Core.Tests.Articles;

/// <summary>
/// One case per folder under TestData/Articles: input.html or input.txt, the body text the reader must produce
/// (expected.txt) and the metadata it must find (expected.json), as SmartReader's own page tests do.
/// </summary>
public sealed class ArticleGoldenTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestData", "Articles");

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Root).Order(StringComparer.Ordinal))
        {
            cases.Add(Path.GetFileName(dir));
        }
        return cases;
    }

    [Fact]
    public void There_are_html_and_text_cases()
    {
        var inputs = Directory.GetDirectories(Root).SelectMany(d => Directory.GetFiles(d, "input.*")).Select(Path.GetExtension).ToList();
        Assert.True(inputs.Count(e => e == ".html") >= 5, "at least five HTML cases");
        Assert.True(inputs.Count(e => e == ".txt") >= 7, "at least seven text cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reader_output_matches_the_golden_files(string name)
    {
        var dir = Path.Combine(Root, name);
        var input = Directory.GetFiles(dir, "input.*").Single();

        var result = new ArticleReader().Read(File.ReadAllBytes(input), Path.GetFileName(input));

        Assert.True(result.Succeeded, result.ErrorMessage);
        var document = result.Document!;
        var expectedText = File.ReadAllText(Path.Combine(dir, "expected.txt")).TrimEnd('\n');
        Assert.Equal(expectedText, document.Text);
        Assert.Equal(document.Text, string.Join("\n\n", document.Paragraphs));

        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")));
        var json = expected.RootElement;
        Assert.Equal(json.GetProperty("format").GetString(), document.Format.ToString().ToLowerInvariant());
        Assert.Equal(Optional(json, "title"), document.Title);
        Assert.Equal(Optional(json, "author"), document.Author);
        Assert.Equal(Optional(json, "outlet"), document.Outlet);
        Assert.Equal(Optional(json, "published"), document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(OptionalInt(json, "publishedMonth"), document.PublishedMonth);
        Assert.Equal(OptionalInt(json, "publishedDay"), document.PublishedDay);
        Assert.Equal(Optional(json, "dateline"), document.Dateline);
        Assert.Equal(Optional(json, "url"), document.Url);
        Assert.Equal(json.GetProperty("warnings").EnumerateArray().Select(w => w.GetString() ?? "").ToList(), document.Warnings);
    }

    private static string? Optional(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? OptionalInt(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
