using System.Net;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Api;

public sealed class ErrorHandlingTests
{
    [Fact]
    public async Task A_failing_api_call_answers_a_problem_without_internals()
    {
        await using var app = new ClaimTrackerAppFactory();
        using var client = app.CreateClient();
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync())
        {
            // Break the store under the running app.
            await db.Database.ExecuteSqlRawAsync("DROP TABLE Claims");
        }

        using var response = await client.GetAsync("/api/claims");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("SqliteException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_turns_unhealthy_when_the_store_is_broken()
    {
        await using var app = new ClaimTrackerAppFactory();
        using var client = app.CreateClient();
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE Claims");
        }

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Unhealthy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
