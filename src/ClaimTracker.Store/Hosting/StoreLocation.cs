using Microsoft.Data.Sqlite;

namespace ClaimTracker.Store.Hosting;

/// <summary>Where the app keeps its files: the data folder (database, logs) and the SQLite connection string.</summary>
public static class StoreLocation
{
    /// <summary><c>DataFolder</c> from configuration (default <c>data</c>), relative to the content root.</summary>
    public static string DataFolder(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration["DataFolder"];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured, contentRoot);
    }

    /// <summary>
    /// <c>ConnectionStrings:ClaimTracker</c>, or a file <c>claimtracker.db</c> in the data folder. A relative
    /// <c>Data Source</c> is taken relative to the content root (not the working directory), and its folder is created.
    /// </summary>
    public static string SqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetConnectionString("ClaimTracker");
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(configured ?? "");
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"ConnectionStrings:ClaimTracker is not a valid SQLite connection string: {e.Message}", e);
        }
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            builder.DataSource = Path.Combine(DataFolder(configuration, contentRoot), "claimtracker.db");
        }
        else if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        }
        if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        return builder.ToString();
    }
}
