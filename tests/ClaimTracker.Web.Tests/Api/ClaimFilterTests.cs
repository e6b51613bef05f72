using System.Net.Http.Json;
using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Articles;
using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StoredClaim = ClaimTracker.Store.Claims.Claim;

namespace ClaimTracker.Web.Tests.Api;

/// <summary>Subject and source filters, over claims written straight into the store so their fields are known.</summary>
public sealed class ClaimFilterTests(ClaimFilterTests.Store app) : IClassFixture<ClaimFilterTests.Store>
{
    // The seeds' claims are in the store too: each test checks every returned row fits the filter, and that
    // the fixture's three claims fall on the right side of it.

    [Fact]
    public async Task Source_filter_matches_the_canonical_name_in_any_case()
    {
        using var client = app.CreateClient();
        var nis = (await client.GetFromJsonAsync<List<ClaimRow>>("/api/claims?source=nis"))!;
        var hur = (await client.GetFromJsonAsync<List<ClaimRow>>("/api/claims?source=HUR"))!;

        Assert.All(nis, c => Assert.Equal("NIS", c.Source));
        Assert.Equal(["Seoul's figure"], FixtureQuotes(nis));
        Assert.All(hur, c => Assert.Equal("HUR", c.Source));
        Assert.Equal(["Kyiv's figure"], FixtureQuotes(hur));
    }

    [Fact]
    public async Task Subject_filter_matches_part_of_the_subject_ignoring_case()
    {
        using var client = app.CreateClient();
        var korean = (await client.GetFromJsonAsync<List<ClaimRow>>("/api/claims?subject=north%20KOREAN"))!;

        Assert.All(korean, c => Assert.Contains("north korean", c.Subject, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["Kyiv's figure", "Seoul's figure"], FixtureQuotes(korean));
        // A % typed by the user is a literal character, not a wildcard that matches every subject.
        Assert.Empty((await client.GetFromJsonAsync<List<ClaimRow>>("/api/claims?subject=%25"))!);
    }

    [Fact]
    public async Task Filters_combine()
    {
        using var client = app.CreateClient();
        var rows = (await client.GetFromJsonAsync<List<ClaimRow>>("/api/claims?subject=korean&metric=killed&source=HUR"))!;

        Assert.All(rows, row =>
        {
            Assert.Equal(("killed", "HUR"), (row.Metric, row.Source));
            Assert.Contains("korean", row.Subject, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Equal(["Kyiv's figure"], FixtureQuotes(rows));
    }

    private static List<string> FixtureQuotes(IEnumerable<ClaimRow> rows) =>
        [.. rows.Select(r => r.Quote).Where(Store.Quotes.Contains).Order(StringComparer.Ordinal)];

    private sealed record ClaimRow(int Id, string Subject, string Metric, string Qualifier, string? Source, string Quote);

    public sealed class Store : ClaimTrackerAppFactory, IAsyncLifetime
    {
        public static readonly string[] Quotes = ["Seoul's figure", "Kyiv's figure", "Moscow's figure"];

        public async Task InitializeAsync()
        {
            using (CreateClient())
            {
                // Starting the app migrates and seeds the store; the fixture's claims go in after.
            }
            await WriteClaimsAsync();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        private async Task WriteClaimsAsync()
        {
            await using var db = await Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
            var sources = await db.Sources.ToDictionaryAsync(s => s.Name, s => s.Id);
            const string text = "Seoul's figure. Kyiv's figure. Moscow's figure.";
            var article = new Article
            {
                Title = "Filter fixture",
                Original = text,
                Text = text,
                ContentHash = ContentHash.Of(text),
                IngestedAt = DateTime.UtcNow,
                Format = ArticleFormat.Text,
            };
            article.Claims.Add(Claim("North Korean troops", Metric.Deployed, Qualifier.Exact, sources["NIS"], "Seoul's figure", 0));
            article.Claims.Add(Claim("North Korean troops", Metric.Killed, Qualifier.Approximately, sources["HUR"], "Kyiv's figure", 16));
            article.Claims.Add(Claim("Russian troops", Metric.Killed, Qualifier.Exact, null, "Moscow's figure", 31));
            db.Articles.Add(article);
            await db.SaveChangesAsync();
        }

        private static StoredClaim Claim(string subject, Metric metric, Qualifier qualifier, int? sourceId, string quote, int start) => new()
        {
            Subject = subject,
            Metric = metric,
            Qualifier = qualifier,
            Value = 100,
            SourceId = sourceId,
            Quote = quote,
            QuoteStart = start,
            MentionText = quote,
            Start = start,
            End = start + quote.Length,
        };
    }
}
