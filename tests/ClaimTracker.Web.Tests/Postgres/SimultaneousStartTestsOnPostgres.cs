using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>
/// Two app processes started at once on a new PostgreSQL database, as a deployment starts its instances. The one that
/// waits for the start lock opened its connection before the other's migrations created citext; it must still read the
/// tables that use it. (Two instances in one test process share Npgsql's type cache and cannot show this.)
/// </summary>
public sealed class SimultaneousStartTestsOnPostgres : IDisposable
{
    private readonly string database = TestPostgres.CreateDatabase();

    public void Dispose() => TestPostgres.DropDatabase(database);

    [Fact]
    public async Task Two_processes_started_at_once_on_a_new_database_both_come_up_and_read_the_sources()
    {
        (string, string)[] settings = [("Database__Provider", "Postgres"), ("ConnectionStrings__ClaimTracker", database)];

        var starting = new[] { AppProcess.StartAsync(settings), AppProcess.StartAsync(settings) };
        await Task.WhenAll(starting.Select(s => s.ContinueWith(_ => { }, TaskScheduler.Default)));
        var apps = starting.Where(s => s.IsCompletedSuccessfully).Select(s => s.Result).ToList();
        try
        {
            Assert.True(apps.Count == 2, string.Join("\n", starting.Where(s => s.IsFaulted).Select(s => s.Exception!.InnerException!.Message)));
            foreach (var app in apps)
            {
                using var client = new HttpClient { BaseAddress = app.Root };
                using var sources = await client.GetAsync(new Uri("api/sources", UriKind.Relative));
                Assert.True(sources.IsSuccessStatusCode, $"{app.Root}: {(int)sources.StatusCode}\n{app.Log}");
                Assert.Contains("NIS", await sources.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }
}
