using System.Data.Common;
using System.Globalization;

namespace ClaimTracker.Store.Ingest;

/// <summary>
/// SQLite settings for writing an import's batch, on the batch's own connection and put back after it: a page cache
/// large enough to hold the claims' indexes while hundreds of articles go in (the default 2 MB evicts and re-reads
/// index pages row after row), and no flush to disk at each commit (with write-ahead logging a power cut may lose the
/// last batches, never corrupt the store).
/// </summary>
internal sealed class SqliteBulkWrite : IAsyncDisposable
{
    private const int CacheKibibytes = 64 * 1024;

    private readonly DbConnection connection;
    private readonly long cacheSize;
    private readonly long synchronous;

    private SqliteBulkWrite(DbConnection connection, long cacheSize, long synchronous) =>
        (this.connection, this.cacheSize, this.synchronous) = (connection, cacheSize, synchronous);

    public static async Task<SqliteBulkWrite> BeginAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var bulk = new SqliteBulkWrite(
            connection, await PragmaAsync(connection, "cache_size", cancellationToken), await PragmaAsync(connection, "synchronous", cancellationToken));
        await ExecuteAsync(connection, $"PRAGMA cache_size = -{CacheKibibytes}; PRAGMA synchronous = NORMAL;", cancellationToken);
        return bulk;
    }

    public async ValueTask DisposeAsync() =>
        await ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {cacheSize}; PRAGMA synchronous = {synchronous};"), CancellationToken.None);

    private static async Task<long> PragmaAsync(DbConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
