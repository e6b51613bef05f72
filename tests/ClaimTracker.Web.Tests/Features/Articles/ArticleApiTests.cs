using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Articles;

public class ArticleApiTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];

    [Fact]
    public async Task Posting_json_text_stores_the_article_and_answers_201_with_location_and_claims()
    {
        using var client = await EditorClient.CreateAsync(app);
        using var response = await client.PostAsJsonAsync("/api/articles", new
        {
            title = "Troops at the border",
            outlet = "Test Wire",
            url = "https://example.org/border",
            publishedAt = "2025-03-05",
            text = EditorClient.ArticleText("json-post"),
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("id").GetInt32();
        Assert.Equal($"/api/articles/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Troops at the border", body.RootElement.GetProperty("title").GetString());
        Assert.Equal("Test Wire", body.RootElement.GetProperty("outlet").GetString());
        Assert.Equal("2025-03-05", body.RootElement.GetProperty("published").GetString());
        var claims = body.RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.Contains(claims, c => c.GetProperty("value").GetDouble() == 10000);

        using var stored = JsonDocument.Parse(await client.GetStringAsync(response.Headers.Location));
        Assert.Equal(id, stored.RootElement.GetProperty("id").GetInt32());
        Assert.Equal(claims.Count, stored.RootElement.GetProperty("claims").GetArrayLength());
    }

    [Fact]
    public async Task A_datelines_place_is_the_articles_place_unless_the_client_gives_one()
    {
        using var client = await EditorClient.CreateAsync(app);
        const string Filed = "Shelling resumes\n\nKHARKIV, Ukraine, March 4 (Reuters) - At least 12 people were killed in overnight shelling, the regional governor said.";

        using var read = await client.PostAsJsonAsync("/api/articles", new { text = Filed });
        using var given = await client.PostAsJsonAsync("/api/articles", new { text = Filed.Replace("12 people", "14 people", StringComparison.Ordinal), place = "Kharkiv Oblast" });

        Assert.Equal(HttpStatusCode.Created, read.StatusCode);
        Assert.Equal("Kharkiv", JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement.GetProperty("place").GetString());
        Assert.Equal(HttpStatusCode.Created, given.StatusCode);
        Assert.Equal("Kharkiv Oblast", JsonDocument.Parse(await given.Content.ReadAsStringAsync()).RootElement.GetProperty("place").GetString());
    }

    [Fact]
    public async Task Posting_the_same_text_twice_is_a_409_naming_the_existing_article()
    {
        using var client = await EditorClient.CreateAsync(app);
        var text = EditorClient.ArticleText("duplicate-post");
        using var first = await client.PostAsJsonAsync("/api/articles", new { text });
        using var created = JsonDocument.Parse(await first.Content.ReadAsStringAsync());

        using var second = await client.PostAsJsonAsync("/api/articles", new { title = "Another title", text });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal(created.RootElement.GetProperty("id").GetInt32(), problem.RootElement.GetProperty("existingId").GetInt32());
        Assert.Equal(409, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Posting_html_reads_the_markup_and_keeps_scripts_out_of_the_text()
    {
        using var client = await EditorClient.CreateAsync(app);
        var html = $"""
            <html><head><title>Html post</title><script>window.__pwned = 1;</script></head>
            <body><article><h1>Html post</h1><p>{EditorClient.ArticleText("html-post").Replace("\n", "</p><p>", StringComparison.Ordinal)}</p>
            <img src="x" onerror="window.__pwned = 2"></article></body></html>
            """;

        using var response = await client.PostAsJsonAsync("/api/articles", new { html });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("html", body.RootElement.GetProperty("format").GetString());
        var text = body.RootElement.GetProperty("text").GetString()!;
        Assert.Contains("10,000 troops", text, StringComparison.Ordinal);
        Assert.DoesNotContain("__pwned", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multipart_upload_is_stored_and_its_file_name_is_only_a_label()
    {
        using var client = await EditorClient.CreateAsync(app);
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(Encoding.UTF8.GetBytes(EditorClient.ArticleText("multipart")));
        // The part's declared type is a lie and the name is a path: neither decides anything.
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "../../../../tmp/evil.txt");
        using var outlet = new StringContent("Upload Daily");
        form.Add(outlet, "outlet");
        using var published = new StringContent("2025-02-01");
        form.Add(published, "publishedAt");

        using var response = await client.PostAsync("/api/articles", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Upload Daily", body.RootElement.GetProperty("outlet").GetString());
        Assert.Equal("2025-02-01", body.RootElement.GetProperty("published").GetString());
        Assert.NotEmpty(body.RootElement.GetProperty("claims").EnumerateArray());
        Assert.DoesNotContain("/", body.RootElement.GetProperty("title").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_named_like_a_pdf_is_read_by_its_content()
    {
        using var client = await EditorClient.CreateAsync(app);
        using var form = Upload(Encoding.UTF8.GetBytes(EditorClient.ArticleText("renamed-pdf")), "report.pdf");

        using var response = await client.PostAsync("/api/articles", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("image.txt", "png")]
    [InlineData("notes.txt", "nul")]
    public async Task Binary_content_is_a_415_problem_whatever_its_name(string name, string kind)
    {
        using var client = await EditorClient.CreateAsync(app);
        byte[] content = kind switch
        {
            "png" => Png,
            _ => [.. Encoding.UTF8.GetBytes("10,000 troops"), 0, 0, 0, 1, 2, 3, 0, 0],
        };
        using var form = Upload(content, name);

        using var response = await client.PostAsync("/api/articles", form);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task An_empty_file_is_a_400_problem()
    {
        using var client = await EditorClient.CreateAsync(app);
        using var form = Upload([], "empty.txt");

        using var response = await client.PostAsync("/api/articles", form);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"text\":\"   \"}")]
    [InlineData("{\"text\":\"a\",\"html\":\"<p>b</p>\"}")]
    [InlineData("{\"text\": ")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"publishedAt\":\"yesterday\",\"text\":\"10,000 troops\"}")]
    public async Task Bad_json_is_a_400_problem(string json)
    {
        using var client = await EditorClient.CreateAsync(app);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/articles", content);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_file_over_5_MB_is_a_413_problem()
    {
        using var client = await EditorClient.CreateAsync(app);
        var big = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("10,000 troops arrived at the border. ", (5 * 1024 * 1024 / 37) + 100)));
        Assert.True(big.Length > 5 * 1024 * 1024);
        using var form = Upload(big, "big.txt");

        using var response = await client.PostAsync("/api/articles", form);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Json_text_over_5_MB_is_a_413_problem()
    {
        using var client = await EditorClient.CreateAsync(app);
        var text = new string('a', (5 * 1024 * 1024) + 10);

        using var response = await client.PostAsJsonAsync("/api/articles", new { text });

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_over_the_request_limit_is_refused_before_it_is_read()
    {
        using var client = await EditorClient.CreateAsync(app);
        using var content = new ByteArrayContent(new byte[7 * 1024 * 1024]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync("/api/articles", content);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Other_media_types_are_a_415_problem(string mediaType)
    {
        using var client = await EditorClient.CreateAsync(app);
        using var content = new StringContent(EditorClient.ArticleText("media-" + mediaType), Encoding.UTF8, mediaType);

        using var response = await client.PostAsync("/api/articles", content);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Articles_are_paged_with_a_total_and_links()
    {
        using var client = await EditorClient.CreateAsync(app);

        using var first = await client.GetAsync("/api/articles?pageSize=2");
        using var second = await client.GetAsync("/api/articles?page=2&pageSize=2");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var total = int.Parse(first.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total >= 5);
        Assert.Contains("rel=\"next\"", first.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        using var page1 = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        using var page2 = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal(2, page1.RootElement.GetArrayLength());
        Assert.Equal(2, page2.RootElement.GetArrayLength());
        var ids1 = page1.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetInt32());
        var ids2 = page2.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetInt32());
        Assert.Empty(ids1.Intersect(ids2));
    }

    [Fact]
    public async Task Articles_are_listed_newest_first_with_undated_ones_last()
    {
        using var client = await EditorClient.CreateAsync(app);
        using var undated = await client.PostAsJsonAsync("/api/articles", new
        {
            text = "Reinforcements for the west\n\nThe defence ministry said 7,000 troops had arrived at the western border.",
        });
        using var dated = await client.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText("order-dated"), publishedAt = "2001-02-03" });

        var listed = await client.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=1000");

        Assert.Equal(HttpStatusCode.Created, undated.StatusCode);
        Assert.Equal(HttpStatusCode.Created, dated.StatusCode);
        var published = listed.EnumerateArray()
            .Select(a => a.GetProperty("published") is { ValueKind: JsonValueKind.String } p ? p.GetString() : null).ToList();
        var firstUndated = published.IndexOf(null);
        Assert.True(firstUndated > 0, "the list has dated articles, then undated ones");
        Assert.All(published.Skip(firstUndated), Assert.Null);
        Assert.Equal(published.Take(firstUndated).OrderDescending(StringComparer.Ordinal), published.Take(firstUndated));
        Assert.StartsWith("2001-02-03", published[firstUndated - 1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/articles?page=0")]
    [InlineData("/api/articles?pageSize=100000")]
    [InlineData("/api/claims?pageSize=0")]
    public async Task Bad_paging_is_a_400_problem(string url)
    {
        using var client = await EditorClient.CreateAsync(app);
        using var response = await client.GetAsync(url);
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        using var client = app.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        Assert.True(paths.GetProperty("/api/articles").TryGetProperty("post", out var post));
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("409", out _));
        Assert.True(paths.GetProperty("/api/claims/{id}").TryGetProperty("patch", out _));
        foreach (var path in new[] { "/api/comparison", "/api/sources", "/api/exports/claims.csv", "/api/exports/claims.json", "/api/claims/{id}/claimreview" })
        {
            Assert.True(paths.GetProperty(path).TryGetProperty("get", out _), path);
        }
    }

    private static MultipartFormDataContent Upload(byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", fileName);
        return form;
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
    }
}
