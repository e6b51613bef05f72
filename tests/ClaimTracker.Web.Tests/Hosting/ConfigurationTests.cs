using ClaimTracker.Web.Hosting;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace ClaimTracker.Web.Tests.Hosting;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task An_unknown_database_provider_stops_the_start_with_a_clear_message()
    {
        await using var app = new ClaimTrackerAppFactory();
        using var broken = app.WithWebHostBuilder(b => b.UseSetting("Database:Provider", "Oracle"));

        var e = Assert.Throws<InvalidOperationException>(() => broken.CreateClient());

        Assert.Contains("Database:Provider 'Oracle'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_connection_string_the_store_is_a_file_in_the_data_folder_under_the_content_root()
    {
        var root = TempStore.NewFolder();
        try
        {
            var connection = StoreLocation.SqliteConnectionString(Configuration([]), root);

            Assert.Equal($"Data Source={Path.Combine(root, "data", "claimtracker.db")}", connection);
            Assert.True(Directory.Exists(Path.Combine(root, "data")));
        }
        finally
        {
            TempStore.DeleteFolder(root);
        }
    }

    [Fact]
    public void A_relative_data_source_is_taken_from_the_content_root_and_other_settings_are_kept()
    {
        var root = TempStore.NewFolder();
        try
        {
            var connection = StoreLocation.SqliteConnectionString(
                Configuration(new() { ["ConnectionStrings:ClaimTracker"] = "Data Source=store/ct.db;Pooling=False" }), root);

            Assert.Contains($"Data Source={Path.Combine(root, "store", "ct.db")}", connection, StringComparison.Ordinal);
            Assert.Contains("Pooling=False", connection, StringComparison.Ordinal);
            Assert.True(Directory.Exists(Path.Combine(root, "store")));
        }
        finally
        {
            TempStore.DeleteFolder(root);
        }
    }

    [Fact]
    public void A_malformed_connection_string_names_the_setting()
    {
        var e = Assert.Throws<InvalidOperationException>(() => StoreLocation.SqliteConnectionString(
            Configuration(new() { ["ConnectionStrings:ClaimTracker"] = "Flavour=strawberry" }), Path.GetTempPath()));

        Assert.Contains("ConnectionStrings:ClaimTracker", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_postgres_connection_prepares_statements_unless_the_connection_string_says_otherwise()
    {
        var defaulted = new Npgsql.NpgsqlConnectionStringBuilder(StoreLocation.PostgresConnectionString(
            Configuration(new() { ["ConnectionStrings:ClaimTracker"] = "Host=127.0.0.1;Database=claims" })));
        var given = new Npgsql.NpgsqlConnectionStringBuilder(StoreLocation.PostgresConnectionString(
            Configuration(new() { ["ConnectionStrings:ClaimTracker"] = "Host=127.0.0.1;Database=claims;Max Auto Prepare=0;AutoPrepareMinUsages=7" })));

        Assert.Equal(50, defaulted.MaxAutoPrepare);
        Assert.Equal(2, defaulted.AutoPrepareMinUsages);
        Assert.Equal("claims", defaulted.Database);
        Assert.Equal(0, given.MaxAutoPrepare);
        Assert.Equal(7, given.AutoPrepareMinUsages);
    }

    [Fact]
    public void A_postgres_connection_is_not_reset_between_checkouts_unless_the_connection_string_says_so()
    {
        var defaulted = new Npgsql.NpgsqlConnectionStringBuilder(StoreLocation.PostgresConnectionString(
            Configuration(new() { ["ConnectionStrings:ClaimTracker"] = "Host=127.0.0.1;Database=claims" })));
        var given = new Npgsql.NpgsqlConnectionStringBuilder(StoreLocation.PostgresConnectionString(
            Configuration(new() { ["ConnectionStrings:ClaimTracker"] = "Host=127.0.0.1;Database=claims;No Reset On Close=false" })));

        Assert.True(defaulted.NoResetOnClose);
        Assert.False(given.NoResetOnClose);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
