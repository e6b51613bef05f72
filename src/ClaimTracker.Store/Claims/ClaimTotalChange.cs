using System.Data.Common;
using System.Globalization;
using ClaimTracker.Store.Comparison;
using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Claims;

/// <summary>Adds a write's claims (or removes them) to the stored totals per block (<see cref="ClaimTotal"/>), in its transaction.</summary>
internal static class ClaimTotalChange
{
    /// <summary>Blocks and claims added (negative: removed); one statement, blocks in ascending order so writers lock rows alike.</summary>
    public static async Task AddAsync(ClaimTrackerDb db, IEnumerable<(int Block, int Claims)> changes, CancellationToken cancellationToken)
    {
        var values = new List<object>();
        if (Sql(changes, value =>
            {
                values.Add(value);
                return string.Create(CultureInfo.InvariantCulture, $"{{{values.Count - 1}}}");
            }) is { } sql)
        {
            await db.Database.ExecuteSqlRawAsync(sql, values, cancellationToken);
        }
    }

    /// <summary>
    /// <see cref="AddAsync"/>'s statement, its parameters added to <paramref name="command"/>, for a writer that sends it
    /// with the statements before it (an ingest on PostgreSQL); null when no block changes.
    /// </summary>
    public static string? Sql(DbCommand command, IEnumerable<(int Block, int Claims)> changes) =>
        Sql(changes, value => ComparisonSql.Parameter(command, value));

    private static string? Sql(IEnumerable<(int Block, int Claims)> changes, Func<object, string> parameter)
    {
        var rows = changes.GroupBy(c => c.Block).Select(g => (Block: g.Key, Claims: g.Sum(c => c.Claims)))
            .Where(c => c.Claims != 0).OrderBy(c => c.Block).ToList();
        if (rows.Count == 0)
        {
            return null;
        }
        var shard = Random.Shared.Next(ClaimTotal.Shards);
        return "INSERT INTO \"ClaimTotals\" (\"Block\", \"Shard\", \"Claims\") VALUES "
            + string.Join(", ", rows.Select(r => $"({parameter(r.Block)}, {parameter(shard)}, {parameter(r.Claims)})"))
            + " ON CONFLICT (\"Block\", \"Shard\") DO UPDATE SET \"Claims\" = \"ClaimTotals\".\"Claims\" + excluded.\"Claims\"";
    }
}
