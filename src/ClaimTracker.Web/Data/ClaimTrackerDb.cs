using ClaimTracker.Web.Features.Articles;
using ClaimTracker.Web.Features.Audit;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Features.Sources;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Data;

/// <summary>The store: articles, their claims, the source registry and the audit trail.</summary>
public sealed class ClaimTrackerDb(DbContextOptions<ClaimTrackerDb> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<SourceAlias> SourceAliases => Set<SourceAlias>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ClaimTrackerDb).Assembly);
        if (Database.IsSqlite())
        {
            // "NIS" and "nis", "Budanov" and "budanov" are the same name: uniqueness ignores case.
            modelBuilder.Entity<Source>().Property(s => s.Name).UseCollation("NOCASE");
            modelBuilder.Entity<SourceAlias>().Property(a => a.Value).UseCollation("NOCASE");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Times are written in UTC; SQLite forgets the kind, so say it again when reading.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
