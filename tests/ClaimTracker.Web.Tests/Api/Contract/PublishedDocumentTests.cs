using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Api.Contract;

/// <summary>
/// docs/openapi/v1.json, which the generated client is built from, is the document the app serves (less its
/// <c>servers</c>, which name wherever the app runs). To refresh it after changing the API:
/// <c>CLAIMTRACKER_WRITE_OPENAPI=1 dotnet test tests/ClaimTracker.Web.Tests --filter PublishedDocumentTests</c>, then build again.
/// </summary>
public sealed class PublishedDocumentTests(LoopbackAppFactory app) : IClassFixture<LoopbackAppFactory>
{
    public static string DocumentPath { get; } = Path.Combine(RedoclyLinter.RepositoryRoot, "docs", "openapi", "v1.json");

    [Fact]
    public async Task The_checked_in_document_is_the_one_the_app_serves()
    {
        using var client = new HttpClient { BaseAddress = app.RootUri };
        var served = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!.AsObject();
        Assert.True(served.Remove("servers"), "The served document names no server.");
        if (Environment.GetEnvironmentVariable("CLAIMTRACKER_WRITE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(DocumentPath, served.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }

        var checkedIn = JsonNode.Parse(await File.ReadAllTextAsync(DocumentPath));
        Assert.True(JsonNode.DeepEquals(served, checkedIn),
            "docs/openapi/v1.json is not the document the app serves. Refresh it with "
            + "CLAIMTRACKER_WRITE_OPENAPI=1 dotnet test tests/ClaimTracker.Web.Tests --filter PublishedDocumentTests, then build again.");
    }
}
