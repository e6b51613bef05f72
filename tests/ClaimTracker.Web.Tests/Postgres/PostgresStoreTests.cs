using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimTracker.Core.Sources;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>What PostgreSQL does differently from SQLite, checked on a real server: provider, case, keys.</summary>
public sealed class PostgresStoreTests(PostgresAppFactory app) : IClassFixture<PostgresAppFactory>
{
    [Fact]
    public async Task Health_names_the_Npgsql_provider_and_the_seeded_store()
    {
        // The provider and counts are shown to admins only.
        using var client = await EditorClient.ForRoleAsync(app, AccountRoles.Admin);
        using var body = JsonDocument.Parse(await client.GetStringAsync("/health"));

        var store = body.RootElement.GetProperty("checks").GetProperty("store").GetProperty("data");
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", store.GetProperty("provider").GetString());
        Assert.Equal(5, store.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Comparison_of_the_killed_answers()
    {
        using var client = await EditorClient.CreateAsync(app);
        using var response = await client.GetAsync("/api/comparison?metric=killed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Subject_filter_ignores_case_as_on_SQLite()
    {
        using var client = await EditorClient.CreateAsync(app);
        var rows = await client.GetFromJsonAsync<JsonElement>("/api/claims?subject=north%20KOREAN");

        Assert.NotEqual(0, rows.GetArrayLength());
        Assert.All(rows.EnumerateArray(), r =>
            Assert.Contains("north korean", r.GetProperty("subject").GetString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Source_names_are_unique_ignoring_case()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
        Assert.True(await db.Sources.AnyAsync(s => s.Name == "NIS"));
        db.Sources.Add(new Source { Name = "nis", FullName = "Another NIS", Kind = SourceKind.Intelligence });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_the_database()
    {
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("tests");
        Assert.Equal("secret", protector.Unprotect(protector.Protect("secret")));

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
    }
}
