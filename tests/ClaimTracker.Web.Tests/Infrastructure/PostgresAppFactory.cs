using Microsoft.AspNetCore.Hosting;

namespace ClaimTracker.Web.Tests.Infrastructure;

/// <summary>The real app as <see cref="ClaimTrackerAppFactory"/> starts it, but on a fresh PostgreSQL database of its own.</summary>
public sealed class PostgresAppFactory : ClaimTrackerAppFactory
{
    public string ConnectionString { get; } = TestPostgres.CreateDatabase();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:ClaimTracker", ConnectionString);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TestPostgres.DropDatabase(ConnectionString);
        }
    }
}
