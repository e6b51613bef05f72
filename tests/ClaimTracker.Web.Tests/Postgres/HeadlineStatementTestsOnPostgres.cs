using System.Diagnostics;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>
/// A row's or cell's figures are read in full by id with one statement text however many ids there are, so Npgsql's
/// auto-prepare prepares it once per connection instead of PostgreSQL parsing and planning a new IN list for every count
/// (docs/performance.md, "PostgreSQL's read mix under 32 clients, session 16").
/// </summary>
public sealed class HeadlineStatementTestsOnPostgres : IDisposable
{
    private readonly UiTestDatabase store = UiTestDatabase.OnPostgres();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task Cells_of_two_and_of_five_figures_read_them_with_the_same_statement()
    {
        var nis = store.AddSource("NIS");
        foreach (var value in new[] { 100, 200 })
        {
            store.AddClaim(store.AddArticle($"troops {value}", "Reuters", new DateOnly(2024, 10, 18)), value, sourceId: nis);
        }
        foreach (var value in new[] { 1, 2, 3, 4, 5 })
        {
            store.AddClaim(store.AddArticle($"guards {value}", "Reuters", new DateOnly(2024, 10, 19)), value, sourceId: nis, subject: "guards", metric: Metric.Killed);
        }
        var query = new ComparisonQuery(store);
        var cell = new ComparisonFilter { Sources = ["NIS"] };

        var (troops, troopsTexts) = await FigureStatementsAsync(() => query.RowAsync(cell, "North Korean troops", Metric.Deployed, ClaimStatus.Reported));
        var (guards, guardsTexts) = await FigureStatementsAsync(() => query.RowAsync(cell, "guards", Metric.Killed, ClaimStatus.Reported));

        Assert.Equal([200.0, 100.0], Assert.Single(troops!.Cells).Figures.Select(f => f.Value));
        Assert.Equal([5.0, 4.0, 3.0, 2.0, 1.0], Assert.Single(guards!.Cells).Figures.Select(f => f.Value));
        Assert.Equal(Assert.Single(troopsTexts), Assert.Single(guardsTexts));
    }

    /// <summary>Runs <paramref name="read"/> and keeps the text of each command it sends that reads figures in full.</summary>
    private static async Task<(T Result, List<string> Texts)> FigureStatementsAsync<T>(Func<Task<T>> read)
    {
        var mine = new AsyncLocal<bool>();
        var texts = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (!mine.Value)
                {
                    return;
                }
                lock (texts)
                {
                    texts.AddRange(activity.TagObjects.Select(t => t.Value).OfType<string>()
                        .Where(v => v.Contains("JOIN \"Articles\" AS a", StringComparison.Ordinal)).Distinct());
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        mine.Value = true;
        var result = await read();
        mine.Value = false;
        return (result, texts);
    }
}
