using System.Text.Json;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Articles;

/// <summary>The seeds' manifest says "2025-11" for the Pravda article: the API reports it as a month.</summary>
public sealed class SeedPrecisionApiTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    [Fact]
    public async Task The_seed_published_in_a_month_is_a_month_in_the_api()
    {
        using var client = app.CreateClient();

        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/articles"));

        var pravda = list.RootElement.EnumerateArray().Single(a => a.GetProperty("outlet").GetString() == "Pravda.Ru");
        Assert.Equal("2025-11-01", pravda.GetProperty("published").GetString());
        Assert.Equal("month", pravda.GetProperty("publishedPrecision").GetString());
    }
}
