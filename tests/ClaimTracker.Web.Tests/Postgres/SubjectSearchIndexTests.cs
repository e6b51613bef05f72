using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>
/// The comparison's subject search on PostgreSQL goes through the trigram index (migration SubjectTrigramIndex in
/// Store.Postgres): the filter's SQL must be the expression the index was built on, or the index is dead weight.
/// </summary>
public sealed class SubjectSearchIndexTests(PostgresAppFactory app) : IClassFixture<PostgresAppFactory>
{
    [Fact]
    public async Task Subject_filter_is_answered_by_the_trigram_index()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using (var off = connection.CreateCommand())
        {
            // Five seeded articles are a table the planner would scan anyway: forbid the scan to see what it can use.
            // Nor read IX_Claims_Comparison whole: it covers the claim id, and on five rows that beats any other index.
            off.CommandText = "SET enable_seqscan = off; SET enable_indexonlyscan = off";
            await off.ExecuteNonQueryAsync();
        }
        await using var explain = connection.CreateCommand();
        var filter = new ComparisonFilter { Subject = "Korean" };
        explain.CommandText = "EXPLAIN SELECT c.\"Id\" " + ComparisonSql.FromFor(filter) + " " + ComparisonSql.Where(filter, explain);

        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        Assert.Contains(plan, line => line.Contains("IX_Claims_Subject_Trigram", StringComparison.Ordinal));
    }
}
