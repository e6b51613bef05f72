using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ClaimTracker.Store.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model; no server is contacted to generate a migration.</summary>
internal sealed class DesignTimeClaimTrackerDbFactory : IDesignTimeDbContextFactory<ClaimTrackerDb>
{
    public ClaimTrackerDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ClaimTrackerDb>();
        options.UseClaimTrackerPostgres("Host=localhost;Database=claimtracker_design");
        return new(options.Options);
    }
}
