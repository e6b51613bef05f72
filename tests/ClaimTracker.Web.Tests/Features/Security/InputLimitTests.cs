using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Features.Sources;
using ClaimTracker.Web.Tests.Features.Articles;
using ClaimTracker.Web.Tests.Features.Claims;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Security;

/// <summary>
/// The smaller holes of the second hardening round: paging past the int range, URLs that are not web addresses, and
/// text fields past their stored length, whatever the transport (JSON, multipart, chunked PATCH, manifest, services).
/// </summary>
public sealed class InputLimitTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    [Theory]
    [InlineData("/api/articles?page=2147483647", "page must be between 1 and 4294967 for pageSize 500.")]
    [InlineData("/api/claims?page=2147483647", "page must be between 1 and 4294967 for pageSize 500.")]
    [InlineData("/api/claims?page=2147483647&pageSize=1000", "page must be between 1 and 2147483 for pageSize 1000.")]
    [InlineData("/api/articles?page=2147484&pageSize=1000", "page must be between 1 and 2147483 for pageSize 1000.")]
    public async Task A_page_whose_offset_would_overflow_is_a_400_that_says_how_far_pages_go(string url, string detail)
    {
        using var client = await EditorClient.CreateAsync(app);

        using var response = await client.GetAsync(url);

        await ArticleApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(detail, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/claims")]
    public async Task The_last_page_answers_empty_with_links_inside_the_range(string path)
    {
        using var client = await EditorClient.CreateAsync(app);

        using var response = await client.GetAsync($"{path}?page=2147483&pageSize=1000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
        var link = Assert.Single(response.Headers.GetValues("Link"));
        Assert.Contains("page=2147482&", link, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", link, StringComparison.Ordinal);
        Assert.DoesNotContain("page=-", link, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("ftp://example.org/article")]
    [InlineData("/news/relative")]
    [InlineData("example.org/no-scheme")]
    [InlineData("http://")]
    public async Task An_article_url_that_is_not_an_absolute_http_address_is_a_400_naming_the_url(string url)
    {
        using var client = await EditorClient.CreateAsync(app);

        using var json = await client.PostAsJsonAsync("/api/articles", new { url, text = EditorClient.ArticleText("bad-url-json " + url) });
        using var form = new MultipartFormDataContent { { new StringContent(url), "url" }, { new StringContent(EditorClient.ArticleText("bad-url-form " + url)), "text" } };
        using var multipart = await client.PostAsync("/api/articles", form);

        foreach (var response in new[] { json, multipart })
        {
            await ArticleApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.Contains("absolute http:// or https:// address", errors.GetProperty("url")[0].GetString(), StringComparison.Ordinal);
        }
        Assert.DoesNotContain(await ArticleUrlsAsync(), u => u == url);
    }

    [Fact]
    public async Task A_web_address_is_stored_and_a_bad_url_found_in_the_html_is_dropped_so_claimreview_never_emits_it()
    {
        using var client = await EditorClient.CreateAsync(app);
        const string html = """
            <html><head><title>Found URL</title><meta property="og:url" content="javascript:alert(1)"></head>
            <body><article><h1>Border report found-url</h1>
            <p>The defence ministry said on Monday that 10,000 troops had arrived at the border near the found-url crossing.</p>
            <p>Officials said a further 5,000 soldiers would follow by the end of the month, according to the ministry.</p>
            </article></body></html>
            """;

        using var given = await client.PostAsJsonAsync("/api/articles", new { url = "https://example.org/news/1", text = EditorClient.ArticleText("good-url") });
        using var found = await client.PostAsJsonAsync("/api/articles", new { html });

        Assert.Equal(HttpStatusCode.Created, given.StatusCode);
        Assert.Equal(HttpStatusCode.Created, found.StatusCode);
        var givenArticle = await given.Content.ReadFromJsonAsync<JsonElement>();
        var foundArticle = await found.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://example.org/news/1", givenArticle.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, foundArticle.GetProperty("url").ValueKind);
        var review = await client.GetFromJsonAsync<JsonElement>($"/api/claims/{foundArticle.GetProperty("claims")[0].GetProperty("id").GetInt32()}/claimreview");
        Assert.False(review.GetProperty("itemReviewed").GetProperty("appearance").TryGetProperty("url", out var emitted) && emitted.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task A_url_stored_before_the_check_is_not_emitted_in_claimreview()
    {
        using var client = await EditorClient.CreateAsync(app);
        var claim = await ClaimPatchApiTests.NewClaimAsync(client, "legacy-url");
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync())
        {
            var articleId = (await db.Claims.SingleAsync(c => c.Id == claim.GetProperty("id").GetInt32())).ArticleId;
            await db.Articles.Where(a => a.Id == articleId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Url, "javascript:alert(1)"));
        }

        var review = await client.GetStringAsync($"/api/claims/{claim.GetProperty("id").GetInt32()}/claimreview");

        Assert.DoesNotContain("javascript:", review, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("title", 500)]
    [InlineData("outlet", 200)]
    [InlineData("author", 200)]
    [InlineData("url", 2000)]
    public async Task Metadata_past_its_stored_length_is_refused_in_json_and_multipart_and_at_the_limit_is_stored(string field, int max)
    {
        using var client = await EditorClient.CreateAsync(app);
        string Value(int length) => field == "url" ? "https://example.org/" + new string('a', length - 20) : new string('x', length);

        using var tooLongJson = await client.PostAsJsonAsync("/api/articles", new Dictionary<string, string>
        {
            [field] = Value(max + 1),
            ["text"] = EditorClient.ArticleText($"long-{field}-json"),
        });
        using var form = new MultipartFormDataContent { { new StringContent(Value(max + 1)), field }, { new StringContent(EditorClient.ArticleText($"long-{field}-form")), "text" } };
        using var tooLongForm = await client.PostAsync("/api/articles", form);
        using var atLimit = await client.PostAsJsonAsync("/api/articles", new Dictionary<string, string>
        {
            [field] = Value(max),
            ["text"] = EditorClient.ArticleText($"limit-{field}"),
        });

        foreach (var response in new[] { tooLongJson, tooLongForm })
        {
            await ArticleApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.Contains($"at most {max} characters; this one has {max + 1}", errors.GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.Created, atLimit.StatusCode);
        Assert.Equal(Value(max), (await atLimit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty(field).GetString());
    }

    [Fact]
    public async Task A_manifest_with_a_javascript_url_or_a_huge_outlet_is_refused_by_the_folder_import()
    {
        var folder = Directory.CreateTempSubdirectory("claimtracker-manifest-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), EditorClient.ArticleText("manifest-url"));
            await File.WriteAllTextAsync(Path.Combine(folder, "b.txt"), EditorClient.ArticleText("manifest-outlet"));
            await File.WriteAllTextAsync(Path.Combine(folder, "manifest.json"), JsonSerializer.Serialize(new
            {
                articles = new object[]
                {
                    new { file = "a.txt", url = "javascript:alert(1)" },
                    new { file = "b.txt", outlet = new string('o', 1024 * 1024) },
                },
            }));

            var results = new List<ImportedFile>();
            await foreach (var file in app.Services.GetRequiredService<FolderImport>().ImportAsync(folder, "tests"))
            {
                results.Add(file);
            }

            Assert.Equal(2, results.Count);
            Assert.All(results, r => Assert.Equal(IngestOutcome.Invalid, r.Result.Outcome));
            Assert.Equal(["url"], results[0].Result.Errors.Keys);
            Assert.Equal(["outlet"], results[1].Result.Errors.Keys);
            Assert.Contains("at most 200 characters", results[1].Result.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_subject_past_its_stored_length_is_refused_by_the_correction()
    {
        using var client = await EditorClient.CreateAsync(app);
        var claim = await ClaimPatchApiTests.NewClaimAsync(client, "long-subject");
        var id = claim.GetProperty("id").GetInt32();
        var version = claim.GetProperty("version").GetInt32();

        using var response = await ClaimPatchApiTests.PatchAsync(client, id, JsonSerializer.Serialize(new { version, subject = new string('s', 201) }));

        await ArticleApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("A subject may be at most 200 characters; this one has 201.", errors.GetProperty("subject")[0].GetString());
        Assert.Equal(claim.GetProperty("subject").GetString(), (await client.GetFromJsonAsync<JsonElement>($"/api/claims/{id}")).GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Source_names_aliases_and_notes_past_their_stored_length_are_refused_by_the_curation_service()
    {
        var curation = app.Services.GetRequiredService<SourceCuration>();

        var longName = await curation.AddAsync(new SourceDraft { Name = new string('N', 101) }, "tests");
        var longAlias = await curation.AddAsync(new SourceDraft { Name = "LIMIT-A", AliasesText = "ok alias\n" + new string('a', 301) }, "tests");
        var tooMany = await curation.AddAsync(new SourceDraft { Name = "LIMIT-B", AliasesText = string.Join('\n', Enumerable.Range(0, 201).Select(i => $"limit alias {i}")) }, "tests");
        var added = await curation.AddAsync(new SourceDraft { Name = "LIMIT-C", FullName = new string('F', 300) }, "tests");
        var longNote = await curation.UpdateAsync(added.SourceId!.Value, new SourceDraft { Name = "LIMIT-C", CredibilityNote = new string('c', 2001) }, "tests");

        Assert.False(longName.Succeeded);
        Assert.Equal("The short name may be at most 100 characters; this one has 101.", longName.Message);
        Assert.False(longAlias.Succeeded);
        Assert.Contains("may be at most 300 characters; this one has 301.", longAlias.Message, StringComparison.Ordinal);
        Assert.False(tooMany.Succeeded);
        Assert.Equal("A source may have at most 200 aliases; this one has 201.", tooMany.Message);
        Assert.True(added.Succeeded);
        Assert.False(longNote.Succeeded);
        Assert.Equal("The credibility note may be at most 2000 characters; this one has 2001.", longNote.Message);
        var names = (await curation.ListAsync()).Select(s => s.Name).ToList();
        Assert.DoesNotContain(names, n => n.StartsWith("NNNN", StringComparison.Ordinal) || n is "LIMIT-A" or "LIMIT-B");
    }

    private async Task<List<string?>> ArticleUrlsAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
        return await db.Articles.Select(a => a.Url).ToListAsync();
    }
}
