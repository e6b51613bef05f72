using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Api;

/// <summary>/api/claims and /api/articles ?after=ID: the same items in the same order as page numbers, each page found from the last id.</summary>
public class KeysetPagingTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    [Theory]
    [InlineData("/api/claims", 4)]
    [InlineData("/api/articles", 2)]
    public async Task Following_after_links_walks_the_same_items_as_page_numbers(string list, int pageSize)
    {
        using var client = app.CreateClient();
        var all = await client.GetFromJsonAsync<JsonElement>($"{list}?pageSize=1000");
        var expected = all.EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).ToList();
        Assert.True(expected.Count > 4, "the seeds give enough items to page through");

        var walked = new List<int>();
        var url = $"{list}?after={expected[2]}&pageSize={pageSize}";
        while (url is not null && walked.Count <= expected.Count)
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            walked.AddRange(page.EnumerateArray().Select(c => c.GetProperty("id").GetInt32()));
            url = response.Headers.TryGetValues("Link", out var links)
                ? System.Text.RegularExpressions.Regex.Match(links.Single(), "<([^>]+)>; rel=\"next\"").Groups[1].Value is { Length: > 0 } next ? next : null
                : null;
        }

        Assert.Equal(expected.Skip(3), walked);
    }

    [Fact]
    public async Task An_unknown_after_id_gives_an_empty_page()
    {
        using var client = app.CreateClient();
        var page = await client.GetFromJsonAsync<JsonElement>("/api/claims?after=999999999");
        Assert.Equal(0, page.GetArrayLength());
    }
}
