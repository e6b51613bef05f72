using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ClaimTracker.Store.Data;

/// <summary>
/// Held while an instance migrates and seeds the store, so two instances starting at once take turns instead of
/// racing to create the same tables, roles and seed articles. PostgreSQL: a session advisory lock; SQLite: an
/// exclusive lock on a file next to the database (the database itself has a single writer anyway).
/// </summary>
public sealed class StoreStartLock : IAsyncDisposable
{
    // Any fixed number works as long as every instance uses the same one; this one spells "ClmTrack".
    private const long AdvisoryLockKey = 0x436C_6D54_7261_636B;

    private readonly NpgsqlConnection? connection;
    private readonly FileStream? file;

    private StoreStartLock(NpgsqlConnection? connection, FileStream? file)
    {
        this.connection = connection;
        this.file = file;
    }

    public static async Task<StoreStartLock> AcquireAsync(IDbContextFactory<ClaimTrackerDb> factory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var connectionString = db.Database.GetConnectionString() ?? "";
        if (db.Database.IsNpgsql())
        {
            var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await RunAsync(connection, "SELECT pg_advisory_lock(@key)", cancellationToken);
            // Opening the connection loaded the database's types. If another instance held the lock, its migrations may
            // have created types since (citext, on a new database); without a reload this process cannot read them
            // ("Reading as 'System.String' is not supported for fields having DataTypeName '-.-'") until it restarts.
            await connection.ReloadTypesAsync(cancellationToken);
            return new StoreStartLock(connection, null);
        }
        var sqlite = new SqliteConnectionStringBuilder(connectionString);
        if (sqlite.Mode == SqliteOpenMode.Memory || sqlite.DataSource is "" or ":memory:")
        {
            return new StoreStartLock(null, null);
        }
        return new StoreStartLock(null, await OpenExclusiveAsync(sqlite.DataSource + ".startlock", cancellationToken));
    }

    private static async Task<FileStream> OpenExclusiveAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                // Another instance is starting on this file; it holds the lock for seconds at most.
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }

    private static async Task RunAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", AdvisoryLockKey);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await RunAsync(connection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None);
            await connection.DisposeAsync();
        }
        if (file is not null)
        {
            await file.DisposeAsync();
        }
    }
}
