using System.Data.Common;
using ClaimTracker.Store.Claims;
using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ClaimTracker.Store.Comparison;

/// <summary>
/// Keeps the stored comparison cells (<see cref="ComparisonCellSummary"/>) equal to a grouping of the claims. The store
/// calls <see cref="RefreshAsync"/> itself for every save that adds, changes or deletes claims (see
/// <see cref="ClaimTrackerDb"/>); code that writes claims with SQL of its own must call it too, in the same transaction.
/// </summary>
public static class ComparisonCells
{
    /// <summary>Cells per statement: four parameters each, well under both providers' limits, and a short OR list.</summary>
    private const int KeysPerStatement = 100;

    /// <summary>
    /// Recomputes the given cells from the claims: deletes their stored rows, then inserts one grouped row per cell that
    /// still has claims. Each cell is an index range of IX_Claims_Comparison, so the cost is the touched cells' claims.
    /// Call it inside the transaction that changed the claims, after the change, with every cell a claim left or entered;
    /// on PostgreSQL it first locks those cells to commit (<see cref="CellLocks"/>).
    /// </summary>
    public static async Task RefreshAsync(ClaimTrackerDb db, IEnumerable<CellKey> cells, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cells);
        // Ordinal, not ignoring case: the database's own case rules (NOCASE, citext) decide which spellings are one row.
        var keys = cells.Distinct().ToList();
        if (keys.Count == 0)
        {
            return;
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var connection = db.Database.GetDbConnection();
            await CellLocks.TakeAsync(connection, transaction, keys, cancellationToken);
            foreach (var chunk in keys.Chunk(KeysPerStatement))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = RefreshSql(command, chunk);
                await command.ExecuteNonQueryAsync(cancellationToken);
                await DatedCells.RefreshAsync(connection, transaction, chunk, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Every cell from scratch: what the migration that adds the table runs, and what the tests compare against. A
    /// migration written before the claims' stored day passes the SQL it used for a claim's day (<paramref name="dayOf"/>).
    /// </summary>
    public static string RebuildSql(bool postgres, string dayOf = ComparisonSql.DayOf) =>
        $"DELETE FROM \"ComparisonCells\";\n{InsertSql(postgres, "", dayOf)}";

    /// <summary>The grouping of the (non-rejected) claims into cells, as the stored rows' columns; for tests and checks.</summary>
    public static string ComputeSql(bool postgres, string claimsCondition = "", string dayOf = ComparisonSql.DayOf) =>
        $"""
        SELECT Subject, Metric, Status, SourceId, ClaimCount, FigureCount, EchoCount, Lowest, Highest,
               Headline / {ComparisonQuery.HeadlineKey} AS LatestDay, Headline % {ComparisonQuery.HeadlineKey} AS HeadlineClaimId
        FROM ({ComparisonQuery.CellTotalsSql(ComparisonSql.FromFor(new ComparisonFilter()),
            $"WHERE c.\"Review\" <> '{nameof(ReviewState.Rejected)}'{claimsCondition}", postgres, dayOf)}) AS t
        """;

    private static string InsertSql(bool postgres, string claimsCondition, string dayOf = ComparisonSql.DayOf) =>
        $"""
        INSERT INTO "ComparisonCells" ("Subject", "Metric", "Status", "SourceId", "ClaimCount", "FigureCount", "EchoCount", "Lowest", "Highest", "LatestDay", "HeadlineClaimId")
        {ComputeSql(postgres, claimsCondition, dayOf)};
        """;

    private static string RefreshSql(DbCommand command, IEnumerable<CellKey> keys)
    {
        var match = string.Join(" OR ", keys.Select(k =>
            $"(c.\"Subject\" = {ComparisonSql.Text(command, k.Subject)} AND c.\"Metric\" = {ComparisonSql.Parameter(command, k.Metric.ToString())} "
            + $"AND c.\"Status\" = {ComparisonSql.Parameter(command, k.Status.ToString())} AND "
            + (k.SourceId is { } id ? $"c.\"SourceId\" = {ComparisonSql.Parameter(command, id)})" : "c.\"SourceId\" IS NULL)")));
        return $"DELETE FROM \"ComparisonCells\" AS c WHERE {match};\n{InsertSql(ComparisonSql.IsPostgres(command), $" AND ({match})")}";
    }
}
