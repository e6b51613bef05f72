using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ClaimTracker.Store.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the app (and its seeding).</summary>
internal sealed class DesignTimeClaimTrackerDbFactory : IDesignTimeDbContextFactory<ClaimTrackerDb>
{
    public ClaimTrackerDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ClaimTrackerDb>();
        options.UseClaimTrackerSqlite("Data Source=design-time.db");
        return new(options.Options);
    }
}
