using System.Text;
using System.Text.Json;
using ClaimTracker.Cli.Commands;

namespace ClaimTracker.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private static readonly string[] Fields =
        ["file", "value", "low", "high", "qualifier", "subject", "metric", "status", "increment", "source", "sourceMention", "quote", "start", "end", "timeText", "asOf"];

    private readonly string _dir = Directory.CreateTempSubdirectory("claimtracker-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ExtractCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private const string Article = """
        Troops arrive at the border

        The ministry said on Monday that 10,000 troops had arrived at the border over the weekend.

        Officials said a further 5,000 soldiers would follow.
        """;

    [Fact]
    public void A_file_the_extractor_fails_on_gets_one_line_and_the_other_files_keep_their_claims()
    {
        var broken = Write("broken.txt", "Defect ahead\n\nThe army said 300 soldiers were wounded.");
        var good = Write("good.txt", Article);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var extractor = new ClaimTracker.Core.Claims.ClaimExtractor();

        var code = ExtractCommand.Run([broken, good], output, error, (text, published) => text.StartsWith("Defect", StringComparison.Ordinal)
            ? throw new InvalidOperationException("a rule read past its sentence")
            : extractor.Extract(text, published, CancellationToken.None));

        Assert.Equal(1, code);
        var message = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"{broken}: claims could not be extracted from this file (InvalidOperationException: a rule read past its sentence); please report it with the file", message.TrimEnd('\r'));
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(lines, l => l.Contains("broken.txt", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("good.txt", StringComparison.Ordinal) && l.Contains("\"value\":10000,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_repeated_figure_prints_once_with_its_mentions_unless_repeats_are_kept()
    {
        var file = Write("repeat.txt", """
            BEIRUT (AP) — Israeli airstrikes on villages in southern Lebanon killed 31 people on Wednesday, Lebanon's Health Ministry said.

            The 31 people killed included seven children, the ministry said.
            """);

        var (code, output, error) = Run(file);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var json = JsonDocument.Parse(Assert.Single(lines, l => l.Contains("\"value\":31,", StringComparison.Ordinal)));
        var claim = json.RootElement;
        Assert.StartsWith("BEIRUT (AP)", claim.GetProperty("quote").GetString(), StringComparison.Ordinal);
        var mention = Assert.Single(claim.GetProperty("mentions").EnumerateArray().ToList());
        Assert.StartsWith("The 31 people killed", mention.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, mention.GetProperty("end").GetInt32() - mention.GetProperty("start").GetInt32());
        var (_, unmerged, _) = Run(file, "--keep-repeats");
        Assert.Equal(2, unmerged.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Contains("\"value\":31,", StringComparison.Ordinal)));
        Assert.DoesNotContain("mentions", unmerged, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_prints_one_object_per_claim_with_every_field()
    {
        var file = Write("a.txt", Article);

        var (code, output, error) = Run(file, "--published", "2025-03-05");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(Fields, names);
            Assert.Equal(file, json.RootElement.GetProperty("file").GetString());
        }
        using var first = JsonDocument.Parse(lines.First(l => l.Contains("10000", StringComparison.Ordinal)));
        var claim = first.RootElement;
        Assert.Equal(10000, claim.GetProperty("value").GetDouble());
        Assert.Equal("reported", claim.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, claim.GetProperty("metric").ValueKind);
        Assert.Contains("10,000 troops", claim.GetProperty("quote").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Offsets_point_at_the_number_in_the_cleaned_text()
    {
        var file = Write("a.txt", Article);
        var text = new Core.Articles.ArticleReader().Read(File.ReadAllBytes(file), file).Document!.Text;

        var (_, output, _) = Run(file);

        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var start = json.RootElement.GetProperty("start").GetInt32();
            var end = json.RootElement.GetProperty("end").GetInt32();
            Assert.Matches(@"\d", text[start..end]);
        }
    }

    [Fact]
    public void The_unit_of_a_claim_is_printed_when_it_is_not_the_rank_and_file()
    {
        var file = Write("units.txt", """
            SEOUL (Yonhap) — North Korea has sent about 11,000 troops to Russia, including 500 officers and three generals, the spy agency said.
            """);

        var (code, output, error) = Run(file);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string? Unit(string value)
        {
            using var json = JsonDocument.Parse(Assert.Single(lines, l => l.Contains($"\"value\":{value},", StringComparison.Ordinal)));
            return json.RootElement.TryGetProperty("unit", out var unit) ? unit.GetString() : null;
        }
        Assert.Null(Unit("11000"));
        Assert.Equal("officers", Unit("500"));
        Assert.Equal("generals", Unit("3"));
    }

    [Fact]
    public void Enums_are_snake_case_and_exact_qualifier_is_null()
    {
        var row = ClaimRow.From("f.txt", new Core.Claims.ExtractedClaim
        {
            Value = 600000, Low = 600000, Qualifier = Core.Claims.Qualifier.MoreThan, Subject = "Russian troops",
            Metric = Core.Claims.Metric.KilledOrWounded, Status = Core.Claims.ClaimStatus.Reported, Quote = "q", MentionText = "over 600,000",
            AsOf = new DateOnly(2024, 10, 1), AsOfPrecision = Core.Claims.AsOfPrecision.Month,
        });
        var exact = row with { Qualifier = null };

        var json = JsonSerializer.Serialize(row, ExtractCommand.Json);

        Assert.Contains("\"metric\":\"killed_or_wounded\"", json, StringComparison.Ordinal);
        Assert.Contains("\"qualifier\":\"more_than\"", json, StringComparison.Ordinal);
        Assert.Contains("\"asOf\":\"2024-10\"", json, StringComparison.Ordinal);
        Assert.Contains("\"qualifier\":null", JsonSerializer.Serialize(exact, ExtractCommand.Json), StringComparison.Ordinal);
        Assert.Null(ClaimRow.From("f.txt", new Core.Claims.ExtractedClaim { Subject = "s", Quote = "q", MentionText = "1", Qualifier = Core.Claims.Qualifier.Exact }).Qualifier);
    }

    [Fact]
    public void Table_prints_aligned_columns_with_a_header()
    {
        var file = Write("a.txt", Article);

        var (code, output, _) = Run(file, "--format", "table");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("file", lines[0], StringComparison.Ordinal);
        Assert.Matches("^-+  -+", lines[1]);
        var quoteColumn = lines[0].IndexOf("quote", StringComparison.Ordinal);
        Assert.All(lines.Skip(2).SkipLast(1), l => Assert.Equal(' ', l[quoteColumn - 1]));
        Assert.Contains("a.txt", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("claim(s)", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Html_files_are_read_as_html()
    {
        var file = Write("page.html", "<html><head><title>x</title><script>var n = '7,000 troops';</script></head><body><nav>Home 9,000 troops</nav>"
            + "<article><p>The ministry said on Monday that 10,000 troops had arrived at the border over the weekend.</p></article></body></html>");

        var (code, output, _) = Run(file);

        Assert.Equal(0, code);
        Assert.Contains("\"value\":10000", output, StringComparison.Ordinal);
        Assert.DoesNotContain("7000", output, StringComparison.Ordinal);
        Assert.DoesNotContain("9000", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_is_reported_on_stderr_the_others_still_run_and_exit_code_is_1()
    {
        var good = Write("good.txt", Article);
        var empty = Write("empty.txt", "");
        var binary = Path.Combine(_dir, "scan.txt");
        File.WriteAllBytes(binary, [.. "%PDF-1.7\n"u8, 0, 1, 2]);

        var (code, output, error) = Run(empty, good, binary, Path.Combine(_dir, "missing.txt"));

        Assert.Equal(1, code);
        Assert.Contains("good.txt", output, StringComparison.Ordinal);
        Assert.Contains("empty.txt: The file is empty.", error, StringComparison.Ordinal);
        Assert.Contains("scan.txt: This PDF is damaged", error, StringComparison.Ordinal);
        Assert.Contains("missing.txt: cannot open the file", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--published|5 March 2025|a.txt")]
    [InlineData("--format|csv|a.txt")]
    [InlineData("--published")]
    [InlineData("--verbose|a.txt")]
    [InlineData("")]
    public void Bad_usage_exits_with_2_and_says_why(string joined)
    {
        var (code, _, error) = Run(joined.Split('|', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, code);
        Assert.Contains("usage: claimtracker extract", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Published_option_wins_over_the_document_date_which_is_used_otherwise()
    {
        var document = new Core.Articles.ArticleDocument { Paragraphs = ["x"], Text = "x", Published = new DateOnly(2025, 3, 5) };

        Assert.Equal(new DateOnly(2019, 6, 1), ExtractCommand.PublishedDate(document, new DateOnly(2019, 6, 1)));
        Assert.Equal(new DateOnly(2025, 3, 5), ExtractCommand.PublishedDate(document, null));
        Assert.Null(ExtractCommand.PublishedDate(document with { Published = null }, null));
    }
}
