using System.Globalization;
using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Claims;

/// <summary>Adds a write's claims (or removes them) to the stored totals per block (<see cref="ClaimTotal"/>), in its transaction.</summary>
internal static class ClaimTotalChange
{
    /// <summary>Blocks and claims added (negative: removed); one statement, blocks in ascending order so writers lock rows alike.</summary>
    public static async Task AddAsync(ClaimTrackerDb db, IEnumerable<(int Block, int Claims)> changes, CancellationToken cancellationToken)
    {
        var rows = changes.GroupBy(c => c.Block).Select(g => (Block: g.Key, Claims: g.Sum(c => c.Claims)))
            .Where(c => c.Claims != 0).OrderBy(c => c.Block).ToList();
        if (rows.Count == 0)
        {
            return;
        }
        var shard = Random.Shared.Next(ClaimTotal.Shards);
        var values = string.Join(", ", rows.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"({{{3 * i}}}, {{{3 * i + 1}}}, {{{3 * i + 2}}})")));
        var sql = "INSERT INTO \"ClaimTotals\" (\"Block\", \"Shard\", \"Claims\") VALUES " + values
            + " ON CONFLICT (\"Block\", \"Shard\") DO UPDATE SET \"Claims\" = \"ClaimTotals\".\"Claims\" + excluded.\"Claims\"";
        await db.Database.ExecuteSqlRawAsync(sql, rows.SelectMany(r => new object[] { r.Block, shard, r.Claims }), cancellationToken);
    }
}
