using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Features.Articles;
using ClaimTracker.Web.Features.Audit;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Features.Feeds;
using ClaimTracker.Web.Features.Sources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Data;

/// <summary>The store: articles, their claims, the source registry, the audit trail, and the accounts (ASP.NET Core Identity) with their API tokens.</summary>
public sealed class ClaimTrackerDb(DbContextOptions<ClaimTrackerDb> options) : IdentityDbContext<IdentityUser, IdentityRole, string>(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<ClaimMention> ClaimMentions => Set<ClaimMention>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<SourceAlias> SourceAliases => Set<SourceAlias>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Feed> Feeds => Set<Feed>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ClaimTrackerDb).Assembly);
        if (Database.IsSqlite())
        {
            // "NIS" and "nis", "Budanov" and "budanov" are the same name: uniqueness ignores case.
            builder.Entity<Source>().Property(s => s.Name).UseCollation("NOCASE");
            builder.Entity<SourceAlias>().Property(a => a.Value).UseCollation("NOCASE");
            // "North Korean troops" and "north Korean troops" are one comparison row, grouped and indexed as such.
            builder.Entity<Claim>().Property(c => c.Subject).UseCollation("NOCASE");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Times are written in UTC; SQLite forgets the kind, so say it again when reading.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
