using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ClaimTracker.Store.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the app (and its seeding).</summary>
internal sealed class DesignTimeClaimTrackerDbFactory : IDesignTimeDbContextFactory<ClaimTrackerDb>
{
    public ClaimTrackerDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ClaimTrackerDb>().UseSqlite("Data Source=design-time.db").Options);
}
