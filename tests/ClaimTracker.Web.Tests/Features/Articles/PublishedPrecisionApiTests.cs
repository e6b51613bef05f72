using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Articles;

/// <summary>
/// POST /api/articles takes publishedAt as a day, a month ("2025-11") or a year ("2025") and keeps the precision: the
/// reply's published is the span's first day with publishedPrecision, as a claim's asOf has asOfPrecision.
/// </summary>
public sealed class PublishedPrecisionApiTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    // No time words of its own, so its claims are dated from the article.
    private const string UndatedText = "Reinforcements for the north\n\nThe defence ministry said 10,000 troops had arrived at the northern border.";

    [Fact]
    public async Task A_month_goes_in_as_2025_11_and_comes_out_as_a_month_for_the_article_and_its_claims()
    {
        using var client = await EditorClient.CreateAsync(app);

        using var response = await client.PostAsJsonAsync("/api/articles", new { text = UndatedText, publishedAt = "2025-11" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        AssertMonth(created.RootElement);
        var claim = created.RootElement.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("value").GetDouble() == 10000);
        Assert.Equal("2025-11-01", claim.GetProperty("asOf").GetString());
        Assert.Equal("month", claim.GetProperty("asOfPrecision").GetString());
        // The same on the way out later, in the article and in the list.
        var id = created.RootElement.GetProperty("id").GetInt32();
        using var stored = JsonDocument.Parse(await client.GetStringAsync($"/api/articles/{id}"));
        AssertMonth(stored.RootElement);
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/articles?pageSize=1000"));
        AssertMonth(list.RootElement.EnumerateArray().Single(a => a.GetProperty("id").GetInt32() == id));
    }

    [Fact]
    public async Task A_year_in_a_multipart_upload_is_a_year_and_a_day_stays_a_day()
    {
        using var client = await EditorClient.CreateAsync(app);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(EditorClient.ArticleText("year-precision"))), "file", "report.txt" },
            { new StringContent("2024"), "publishedAt" },
        };

        using var year = await client.PostAsync("/api/articles", form);
        using var day = await client.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText("day-precision"), publishedAt = "2025-11-05" });

        Assert.Equal(HttpStatusCode.Created, year.StatusCode);
        using var yearBody = JsonDocument.Parse(await year.Content.ReadAsStringAsync());
        Assert.Equal("2024-01-01", yearBody.RootElement.GetProperty("published").GetString());
        Assert.Equal("year", yearBody.RootElement.GetProperty("publishedPrecision").GetString());
        Assert.Equal(HttpStatusCode.Created, day.StatusCode);
        using var dayBody = JsonDocument.Parse(await day.Content.ReadAsStringAsync());
        Assert.Equal("2025-11-05", dayBody.RootElement.GetProperty("published").GetString());
        Assert.Equal("day", dayBody.RootElement.GetProperty("publishedPrecision").GetString());
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("November 2025")]
    [InlineData("2025-11-05T09:00:00Z")]
    public async Task Any_other_date_is_a_400_naming_the_three_forms(string published)
    {
        using var client = await EditorClient.CreateAsync(app);

        using var response = await client.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText("bad-" + published), publishedAt = published });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bad date", problem.GetProperty("title").GetString());
        Assert.Contains("a month like 2025-03", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static void AssertMonth(JsonElement article)
    {
        Assert.Equal("2025-11-01", article.GetProperty("published").GetString());
        Assert.Equal("month", article.GetProperty("publishedPrecision").GetString());
        Assert.False(article.GetProperty("publishedInferred").GetBoolean());
    }
}
