using System.Text.Json;
using Bunit;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Comparison;
using ClaimTracker.Web.Features.Sources;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Comparison;

/// <summary>The prerendered comparison page is handed to the interactive render, so a visit computes it once.</summary>
public sealed class ComparisonPrerenderTests : UiComponentTest
{
    private static readonly JsonSerializerOptions BlazorState = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_interactive_render_draws_the_prerendered_page_without_asking_the_store()
    {
        var nis = Store.AddSource("NIS", Credibility.Credible);
        var hur = Store.AddSource("HUR");
        var article = Store.AddArticle("Seoul says", "Yonhap", new DateOnly(2024, 10, 18));
        var claim = Store.AddClaim(article, 10000, Qualifier.Approximately, nis, asOf: new DateOnly(2024, 10, 18));
        Store.AddClaim(article, 12000, sourceId: hur);
        RenderProviders();

        // The prerender computes the page from the store and persists it.
        var prerender = Render<ComparisonPage>();
        prerender.WaitForAssertion(() => Assert.Equal(2, prerender.FindAll("[data-testid=comparison-cell] a.figure-value").Count));
        var persisted = await PersistAsync();
        // Read back as Blazor reads its state: web defaults (camelCase, case-insensitive).
        var snapshot = JsonSerializer.Deserialize<ComparisonSnapshot>(persisted["comparison-page"], BlazorState)!;
        Assert.Equal(ComparisonSnapshot.KeyFor(new ComparisonFilter(), 1), snapshot.For);
        Assert.True(persisted["comparison-page"].Length <= ComparisonSnapshot.MaxBytes);

        // The store changes before the interactive render: it still shows what the prerender showed, which it can only
        // have taken from the persisted page.
        await using (var db = await ((IDbContextFactory<ClaimTrackerDb>)Store).CreateDbContextAsync())
        {
            await db.Claims.ExecuteDeleteAsync();
        }
        PersistentState.Persist("comparison-page", snapshot);
        var interactive = Render<ComparisonPage>();

        var figures = interactive.FindAll("[data-testid=comparison-cell] a.figure-value");
        Assert.Equal(["12,000", "≈10,000"], figures.Select(a => a.TextContent).Order(StringComparer.Ordinal));
        var nisFigure = interactive.Find("[data-testid=comparison-cell][data-source=NIS] a.figure-value");
        Assert.Equal($"/articles/{article}#claim-{claim}", nisFigure.GetAttribute("href"));
        Assert.Contains("as of 18 Oct 2024", interactive.Find("[data-testid=comparison-cell][data-source=NIS]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Yonhap", interactive.Find("[data-testid=comparison-cell][data-source=NIS]").TextContent, StringComparison.Ordinal);
        Assert.Equal("credible", interactive.Find("[data-testid=source-column][data-source=NIS] [data-testid=credibility]").GetAttribute("data-credibility"));
        Assert.Contains("2 sources", interactive.Find("[data-testid=source-count]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_persisted_for_another_filter_is_not_reused()
    {
        var nis = Store.AddSource("NIS");
        var article = Store.AddArticle("A", "Yonhap", new DateOnly(2024, 10, 18));
        Store.AddClaim(article, 12000, sourceId: nis);
        Store.AddClaim(article, 100, sourceId: nis, metric: Metric.Killed);
        var unfiltered = await new ComparisonQuery(Store).RunAsync(new ComparisonFilter());
        PersistentState.Persist("comparison-page", ComparisonSnapshot.Of(unfiltered, ComparisonSnapshot.KeyFor(new ComparisonFilter(), 1)));
        RenderProviders();

        Services.GetRequiredService<NavigationManager>().NavigateTo("/?metric=killed");
        var interactive = Render<ComparisonPage>();

        interactive.WaitForAssertion(() => Assert.Equal("killed", Assert.Single(interactive.FindAll("[data-testid=comparison-row]")).GetAttribute("data-metric")));
    }

    [Fact]
    public async Task A_page_too_big_for_the_circuits_first_message_is_not_handed_over()
    {
        // Long subjects, an outlet of 200 characters, 12 sources each quoted in every row: beyond ComparisonSnapshot.MaxBytes.
        var sources = Enumerable.Range(1, ComparisonQuery.MaxColumns).Select(i => Store.AddSource($"SRC{i}")).ToList();
        var article = Store.AddArticle("Title", new string('o', 200), new DateOnly(2024, 10, 18));
        for (var r = 0; r < ComparisonQuery.DefaultPageSize; r++)
        {
            foreach (var source in sources)
            {
                Store.AddClaim(article, 1000 + r, sourceId: source, subject: $"troops of unit {r:00} " + new string('x', 150));
            }
        }
        await using (var db = await ((IDbContextFactory<ClaimTrackerDb>)Store).CreateDbContextAsync())
        {
            await db.Claims.ExecuteUpdateAsync(set => set.SetProperty(c => c.Quote, "A long sentence about the troops " + new string('q', 600)));
        }
        RenderProviders();
        var prerender = Render<ComparisonPage>();
        prerender.WaitForAssertion(() => Assert.Equal(ComparisonQuery.DefaultPageSize, prerender.FindAll("[data-testid=comparison-row]").Count));

        var persisted = await PersistAsync();

        Assert.False(persisted.ContainsKey("comparison-page"));
        Assert.True(persisted.ContainsKey("comparison-source-names"));
    }

    /// <summary>What the runtime does at the end of the prerender: runs the components' persisting callbacks into a store.</summary>
    private async Task<IReadOnlyDictionary<string, byte[]>> PersistAsync()
    {
        var store = new CapturingStore();
        var manager = Services.GetRequiredService<ComponentStatePersistenceManager>();
        await Renderer.Dispatcher.InvokeAsync(() => manager.PersistStateAsync(store, Renderer));
        return store.State;
    }

    private sealed class CapturingStore : IPersistentComponentStateStore
    {
        public IReadOnlyDictionary<string, byte[]> State { get; private set; } = new Dictionary<string, byte[]>();

        public Task<IDictionary<string, byte[]>> GetPersistedStateAsync() => Task.FromResult<IDictionary<string, byte[]>>(new Dictionary<string, byte[]>());

        public Task PersistStateAsync(IReadOnlyDictionary<string, byte[]> state)
        {
            State = state;
            return Task.CompletedTask;
        }
    }

    [Fact]
    public void A_busy_page_of_twenty_five_rows_and_twelve_sources_fits_the_circuits_first_message()
    {
        // 25 rows × 12 sources, two cells in three filled, long outlets and quotes.
        var columns = Enumerable.Range(1, ComparisonQuery.MaxColumns)
            .Select(i => new SourceColumn(i, $"Source {i}", $"The {i}th source's long official name", Credibility.Credible, new string('n', 200)))
            .ToList();
        var rows = Enumerable.Range(0, ComparisonQuery.DefaultPageSize).Select(r => new ComparisonRow
        {
            Subject = $"North Korean and Russian troops of unit {r}",
            Metric = Metric.Deployed,
            Status = ClaimStatus.Reported,
            SourceCount = columns.Count,
            ClaimCount = 999_999,
            Spread = 1.5,
            Cells = [.. columns.Select(c => c.SourceId % 3 == 0 ? new ComparisonCell(c, []) : new ComparisonCell(c, [new ClaimFigure
            {
                ClaimId = 9_999_000 + r,
                ArticleId = 8_888_000 + r,
                ArticleTitle = new string('t', 300),
                Outlet = null,
                PublishedAt = new DateOnly(2025, 11, 30),
                Subject = "x",
                Value = 123_456.5,
                Low = 100_000,
                High = 150_000,
                Qualifier = Qualifier.Range,
                AsOf = new DateOnly(2025, 11, 29),
                Quote = new string('q', 2000),
            }])
            { FigureCount = 1000, EchoCount = 1000, Lowest = 1, Highest = 999_999, LatestDate = new DateOnly(2025, 11, 29) })],
        }).ToList();
        var result = new ComparisonResult(columns, rows) { TotalRows = 5000, Page = 200 };

        var snapshot = ComparisonSnapshot.Of(result, "subject=North Korean troops&page=200");
        var bytes = JsonSerializer.SerializeToUtf8Bytes(snapshot);

        Assert.True(bytes.Length <= ComparisonSnapshot.MaxBytes, $"{bytes.Length} bytes");
        var back = JsonSerializer.Deserialize<ComparisonSnapshot>(bytes)!.ToResult();
        Assert.Empty(back.Rows[24].Cells[11].Figures);
        var cell = back.Rows[24].Cells[10];
        Assert.Equal(columns[10], cell.Column);
        Assert.Equal(999, cell.More);
        Assert.Equal("123,456.5", ClaimFigureFormat.Number(cell.Latest!.Value!.Value));
        Assert.Equal(ComparisonSnapshot.MaxQuoteLength, cell.Latest.Quote.Length);
        Assert.EndsWith("…", cell.Latest.ArticleTitle, StringComparison.Ordinal);
    }
}
