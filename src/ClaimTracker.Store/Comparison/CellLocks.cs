using System.Data.Common;
using System.Globalization;

namespace ClaimTracker.Store.Comparison;

/// <summary>
/// On PostgreSQL, the locks that keep two writers of the same comparison cell from each missing the other's claims: under
/// READ COMMITTED two transactions refreshing (or adding to) one cell could otherwise each regroup without the other's
/// uncommitted claims and leave the cell short. A writer takes the locks of the cells it changes after writing its
/// claims and before reading or writing any cell, and holds them to commit; writers of other cells go on side by side.
/// SQLite has one writer at a time already.
/// </summary>
/// <remarks>
/// A cell's lock is one of <see cref="Buckets"/> transaction-level advisory locks, chosen by a hash of its key with the
/// subject lowercased by the database itself (as citext compares it), so every spelling of a cell takes the same lock. The
/// buckets bound the locks an import batch holds (its hundreds of cells take at most this many entries of the server's
/// lock table, sized by max_locks_per_transaction); two corrections of different cells share one by chance about once in
/// a thousand. All of a transaction's locks are taken in one statement, in bucket order, so two writers never wait for
/// each other in a circle; taking a lock the transaction holds already is free, so a second call with the same or fewer
/// cells (the batch's regroup after its addition) waits for nothing. A transaction must not lock cells in two calls
/// whose second adds cells the first lacked: it could then take a bucket out of order.
/// </remarks>
internal static class CellLocks
{
    /// <summary>Locks a cell may hash to: a power of two, so the bucket is the hash's low bits.</summary>
    public const int Buckets = 1024;

    /// <summary>
    /// The first key of the two-key advisory locks the cells use ("Cell"): two-key locks never clash with one-key ones
    /// such as the start-up lock (<see cref="Data.StoreStartLock"/>).
    /// </summary>
    public const int LockClass = 0x43656C6C;

    /// <summary>
    /// Buckets in ascending order, each locked once; the sorted subquery is not flattened (it has DISTINCT and ORDER BY),
    /// so the outer SELECT calls the lock function in its order.
    /// </summary>
    private static string LockSql(string subjects, string metrics, string statuses, string sources) => string.Create(CultureInfo.InvariantCulture, $"""
        SELECT pg_advisory_xact_lock({LockClass}, l.Bucket)
        FROM (SELECT DISTINCT {BucketOf("k.Subject", "k.Metric", "k.Status", "k.SourceId")} AS Bucket
              FROM unnest({subjects}, {metrics}, {statuses}, {sources}) AS k(Subject, Metric, Status, SourceId)
              ORDER BY Bucket) AS l
        """);

    /// <summary>
    /// The bucket of a cell's key columns, as SQL: the subject lowercased by the database (citext's equality is lower() on
    /// both sides), the parts joined with a control character, a missing source as 0. Equal cells always hash alike; unequal
    /// ones that collide only share a lock.
    /// </summary>
    public static string BucketOf(string subject, string metric, string status, string sourceId) =>
        $"(hashtext(lower(CAST({subject} AS text)) || chr(31) || {metric} || chr(31) || {status} || chr(31) || CAST(coalesce({sourceId}, 0) AS text)) & {Buckets - 1})";

    /// <summary>Takes the locks of the given cells until the transaction ends; nothing on SQLite or for no cells.</summary>
    public static async Task TakeAsync(DbConnection connection, DbTransaction? transaction, IEnumerable<CellKey> cells, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(cells);
        if (connection is not Npgsql.NpgsqlConnection)
        {
            return;
        }
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (Statement(command, cells) is not { } sql)
        {
            return;
        }
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The statement that takes the given cells' locks, its parameters added to <paramref name="command"/>; null for no
    /// cells. A writer may send it in one command with the statements that follow it (an ingest does): they run after the
    /// locks are granted, each with a snapshot of its own.
    /// </summary>
    public static string? Statement(DbCommand command, IEnumerable<CellKey> cells)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(cells);
        var keys = cells.Distinct().ToList();
        if (keys.Count == 0)
        {
            return null;
        }
        return LockSql(
            ComparisonSql.Parameter(command, keys.Select(k => k.Subject).ToArray()),
            ComparisonSql.Parameter(command, keys.Select(k => k.Metric.ToString()).ToArray()),
            ComparisonSql.Parameter(command, keys.Select(k => k.Status.ToString()).ToArray()),
            ComparisonSql.Parameter(command, keys.Select(k => k.SourceId).ToArray()));
    }
}
