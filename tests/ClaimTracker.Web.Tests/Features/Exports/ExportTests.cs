using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClaimTracker.Web.Features.Exports;
using ClaimTracker.Web.Tests.Features.Articles;
using ClaimTracker.Web.Tests.Features.Claims;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Exports;

public class ExportTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    private static readonly string[] HurAndNis = ["HUR", "NIS"];

    [Fact]
    public async Task The_csv_holds_every_claim_of_the_comparison_for_the_same_filter()
    {
        using var client = await EditorClient.CreateAsync(app);
        // The comparison's grid shows headline figures; every claim behind it is the non-rejected claims of the filter.
        var claims = await client.GetFromJsonAsync<JsonElement>("/api/claims?metric=deployed&pageSize=1000");

        using var response = await client.GetAsync("/api/exports/claims.csv?metric=deployed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("claims.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var rows = ParseCsv(await response.Content.ReadAsStringAsync());
        Assert.Equal(ClaimCsv.Header, rows[0]);
        var metric = Array.IndexOf(ClaimCsv.Header, "metric");
        var claimId = Array.IndexOf(ClaimCsv.Header, "claim_id");
        Assert.All(rows.Skip(1), r => Assert.Equal("deployed", r[metric]));
        var expected = claims.EnumerateArray().Where(c => c.GetProperty("review").GetString() != "rejected").Select(c => c.GetProperty("id").GetInt32());
        Assert.Equal(expected.Order(), rows.Skip(1).Select(r => int.Parse(r[claimId], System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.True(rows.Count > 1);
    }

    [Fact]
    public async Task The_json_export_holds_the_same_claims_as_the_csv()
    {
        using var client = await EditorClient.CreateAsync(app);
        var csv = ParseCsv(await client.GetStringAsync("/api/exports/claims.csv?sources=HUR,NIS"));

        using var response = await client.GetAsync("/api/exports/claims.json?sources=HUR,NIS");
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var ids = json.EnumerateArray().Select(r => r.GetProperty("claimId").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(csv.Skip(1).Select(r => r[0]), ids);
        Assert.All(json.EnumerateArray(), r => Assert.Contains(r.GetProperty("source").GetString(), HurAndNis));
        Assert.All(json.EnumerateArray(), r => Assert.Matches("^[a-z_]+$", r.GetProperty("metric").GetString()));
    }

    [Fact]
    public async Task Formula_cells_are_defused_in_the_csv()
    {
        using var client = await EditorClient.CreateAsync(app);
        using var post = await client.PostAsJsonAsync("/api/articles", new { title = "=HYPERLINK(\"http://evil.example\",\"click\")", outlet = "@SUM(A1:A9)", text = EditorClient.ArticleText("csv-injection") });
        var article = await post.Content.ReadFromJsonAsync<JsonElement>();
        var claim = article.GetProperty("claims")[0];
        using var patch = await ClaimPatchApiTests.PatchAsync(client, claim.GetProperty("id").GetInt32(),
            $$"""{"version": {{claim.GetProperty("version").GetInt32()}}, "subject": "+cmd|' /C calc'!A0 troops"}""");
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);

        var rows = ParseCsv(await client.GetStringAsync("/api/exports/claims.csv?subject=cmd"));

        var row = Assert.Single(rows.Skip(1));
        Assert.Equal("'+cmd|' /C calc'!A0 troops", row[Array.IndexOf(ClaimCsv.Header, "subject")]);
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"click\")", row[Array.IndexOf(ClaimCsv.Header, "article_title")]);
        Assert.Equal("'@SUM(A1:A9)", row[Array.IndexOf(ClaimCsv.Header, "outlet")]);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "\"'\tx\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=a,\"b\"", "\"'=a,\"\"b\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("a;=1+1", "\"a;=1+1\"")]
    [InlineData("a\t=1+1", "\"a\t=1+1\"")]
    [InlineData("x;\"y\"", "\"x;\"\"y\"\"\"")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    public void A_cell_is_defused_and_quoted(string value, string expected) => Assert.Equal(expected, ClaimCsv.Cell(value));

    [Fact]
    public async Task The_claimreview_export_holds_the_claims_of_the_csv_each_as_its_single_claimreview()
    {
        using var client = await EditorClient.CreateAsync(app);
        var csv = ParseCsv(await client.GetStringAsync("/api/exports/claims.csv?sources=HUR,NIS"));

        using var response = await client.GetAsync("/api/exports/claims.claimreview.json?sources=HUR,NIS");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var records = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        var ids = records.Select(r => int.Parse(r!["@id"]!.GetValue<string>().Split("#claim-")[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(csv.Skip(1).Select(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)).Order(), ids.Order());
        Assert.True(ids.Count > 1);
        foreach (var (record, id) in records.Zip(ids).Take(3))
        {
            var single = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync($"/api/claims/{id}/claimreview"));
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(single, record), $"claim {id}: {record!.ToJsonString()} vs {single!.ToJsonString()}");
        }
    }

    [Fact]
    public async Task A_claim_is_a_schema_org_claim_review()
    {
        using var client = await EditorClient.CreateAsync(app);
        using var post = await client.PostAsJsonAsync("/api/articles", new { outlet = "Review Wire", url = "https://example.org/review", publishedAt = "2025-04-01", text = EditorClient.ArticleText("claimreview") });
        var article = await post.Content.ReadFromJsonAsync<JsonElement>();
        var claim = article.GetProperty("claims")[0];
        var id = claim.GetProperty("id").GetInt32();
        using var confirm = await ClaimPatchApiTests.PatchAsync(client, id, $$"""{"version": {{claim.GetProperty("version").GetInt32()}}, "review": "confirmed"}""");

        using var response = await client.GetAsync($"/api/claims/{id}/claimreview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var record = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("https://schema.org", record.GetProperty("@context").GetString());
        Assert.Equal("ClaimReview", record.GetProperty("@type").GetString());
        Assert.Equal(claim.GetProperty("quote").GetString(), record.GetProperty("claimReviewed").GetString());
        Assert.EndsWith($"/articles/{article.GetProperty("id").GetInt32()}#claim-{id}", record.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("Confirmed", record.GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.Equal(3, record.GetProperty("reviewRating").GetProperty("ratingValue").GetInt32());
        var reviewed = record.GetProperty("itemReviewed");
        Assert.Equal("Claim", reviewed.GetProperty("@type").GetString());
        Assert.Equal("https://example.org/review", reviewed.GetProperty("appearance").GetProperty("url").GetString());
        Assert.Equal("Review Wire", reviewed.GetProperty("appearance").GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal(claim.GetProperty("value").GetDouble(), reviewed.GetProperty("about").GetProperty("value").GetDouble());

        using var missing = await client.GetAsync("/api/claims/999999/claimreview");
        await ArticleApiTests.AssertProblemAsync(missing, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/exports/claims.csv?metric=vaporised")]
    [InlineData("/api/exports/claims.json?from=yesterday")]
    [InlineData("/api/exports/claims.claimreview.json?metric=vaporised")]
    [InlineData("/api/comparison?credibility=shady")]
    public async Task A_bad_filter_is_a_400_problem(string url)
    {
        using var client = await EditorClient.CreateAsync(app);
        using var response = await client.GetAsync(url);
        await ArticleApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_comparison_api_shows_the_rows_of_the_page_query()
    {
        using var client = await EditorClient.CreateAsync(app);
        var all = await client.GetFromJsonAsync<JsonElement>("/api/comparison");
        var killed = await client.GetFromJsonAsync<JsonElement>("/api/comparison?metric=killed&sources=HUR");

        Assert.True(all.GetProperty("rows").GetArrayLength() > killed.GetProperty("rows").GetArrayLength());
        Assert.All(killed.GetProperty("rows").EnumerateArray(), r => Assert.Equal("killed", r.GetProperty("metric").GetString()));
        Assert.All(killed.GetProperty("columns").EnumerateArray(), c => Assert.Equal("HUR", c.GetProperty("name").GetString()));
        Assert.NotEmpty(killed.GetProperty("rows").EnumerateArray());
    }

    [Fact]
    public async Task The_comparison_page_offers_downloads_of_exactly_its_filter()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/?metric=deployed&sources=NIS");

        Assert.Contains("href=\"/api/exports/claims.csv?metric=deployed&amp;sources=NIS\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/exports/claims.json?metric=deployed&amp;sources=NIS\"", html, StringComparison.Ordinal);
        Assert.Contains("download=\"claims.csv\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_list_the_registry()
    {
        using var client = await EditorClient.CreateAsync(app);
        var sources = await client.GetFromJsonAsync<JsonElement>("/api/sources");

        var nis = sources.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "NIS");
        Assert.NotEmpty(nis.GetProperty("aliases").EnumerateArray());
        Assert.Equal("unrated", nis.GetProperty("credibility").GetString());
        Assert.True(nis.GetProperty("claimCount").GetInt32() > 0);
    }

    /// <summary>A small RFC 4180 reader, independent of the writer under test.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        text = text.TrimStart('\uFEFF');
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }
        return rows;
    }
}
