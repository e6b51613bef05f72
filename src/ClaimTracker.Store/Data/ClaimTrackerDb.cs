using ClaimTracker.Store.Accounts;
using ClaimTracker.Store.Articles;
using ClaimTracker.Store.Audit;
using ClaimTracker.Store.Claims;
using ClaimTracker.Store.Comparison;
using ClaimTracker.Store.Feeds;
using ClaimTracker.Store.Sources;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ClaimTracker.Store.Data;

/// <summary>
/// The store: articles, their claims, the source registry, the audit trail, the accounts (ASP.NET Core Identity)
/// with their API tokens, and the data-protection keys every app instance shares (so each accepts the others' cookies).
/// </summary>
public sealed class ClaimTrackerDb(DbContextOptions<ClaimTrackerDb> options)
    : IdentityDbContext<IdentityUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<ClaimMention> ClaimMentions => Set<ClaimMention>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<SourceAlias> SourceAliases => Set<SourceAlias>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Feed> Feeds => Set<Feed>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    /// <summary>The comparison's cells, derived from the claims and refreshed by every save that touches them.</summary>
    public DbSet<ComparisonCellSummary> ComparisonCells => Set<ComparisonCellSummary>();
    /// <summary>Claims per block of article ids, kept by every write: the claims list's total and its deep pages.</summary>
    public DbSet<ClaimTotal> ClaimTotals => Set<ClaimTotal>();
    /// <summary>The comparison cells per day and per figure's span, for the date filters (see <see cref="DatedCells"/>).</summary>
    public DbSet<ComparisonCellDay> ComparisonCellDays => Set<ComparisonCellDay>();
    public DbSet<ComparisonFigureSpan> ComparisonFigureSpans => Set<ComparisonFigureSpan>();

    /// <summary>
    /// Saves, and in the same transaction recomputes the comparison cells the saved claims left or entered and the claim
    /// counts of the articles they were added to or removed from, so no write path can forget them.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var cells = await CellChanges.BeforeSaveAsync(this, cancellationToken);
        var counts = ArticleClaimCounts.BeforeSave(this);
        if (cells is null && counts is null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            if (counts is not null)
            {
                await counts.ReadBeforeAsync(this, cancellationToken);
            }
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (counts is not null)
            {
                await counts.RecountAsync(this, cancellationToken);
            }
            if (cells is not null)
            {
                await cells.RefreshAsync(this, cancellationToken);
            }
            if (counts is not null)
            {
                await counts.AddToTotalsAsync(this, cancellationToken);
            }
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The app saves asynchronously; a synchronous save (tests, tools) takes the same path and waits for it, which on
    /// SQLite, whose "async" calls complete synchronously, costs nothing.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess, CancellationToken.None).GetAwaiter().GetResult();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        // SQLite's migrations live in ClaimTracker.Store.Sqlite: code that calls UseSqlite itself (tests, tools) finds them too.
        var provider = optionsBuilder.Options.Extensions.OfType<RelationalOptionsExtension>().FirstOrDefault();
        if (provider is { MigrationsAssembly: null } && provider.GetType().Assembly == typeof(SqliteDbContextOptionsBuilder).Assembly)
        {
            optionsBuilder.UseSqlite(o => o.MigrationsAssembly(StoreProvider.SqliteMigrations));
        }
    }

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
            builder.Entity<ComparisonCellSummary>().Property(c => c.Subject).UseCollation("NOCASE");
            builder.Entity<ComparisonCellDay>().Property(c => c.Subject).UseCollation("NOCASE");
            builder.Entity<ComparisonFigureSpan>().Property(c => c.Subject).UseCollation("NOCASE");
        }
        else if (Database.IsNpgsql())
        {
            // The same on PostgreSQL with citext; the subject too, because LIKE on text is case-sensitive there and
            // the subject filter ignores case (SQLite's LIKE does for ASCII).
            builder.HasPostgresExtension("citext");
            builder.Entity<Source>().Property(s => s.Name).HasColumnType("citext");
            builder.Entity<SourceAlias>().Property(a => a.Value).HasColumnType("citext");
            builder.Entity<Claim>().Property(c => c.Subject).HasColumnType("citext");
            builder.Entity<ComparisonCellSummary>().Property(c => c.Subject).HasColumnType("citext");
            builder.Entity<ComparisonCellDay>().Property(c => c.Subject).HasColumnType("citext");
            builder.Entity<ComparisonFigureSpan>().Property(c => c.Subject).HasColumnType("citext");
            // A PostgreSQL index does not carry the row's id (SQLite's does): with it, a date-filtered grouping reads the
            // index alone, in its order, instead of the table and a sort (after VACUUM, which AfterImportAsync runs).
            builder.Entity<Claim>().HasIndex(c => new { c.Subject, c.Metric, c.Status, c.SourceId, c.Value, c.Low, c.High, c.Qualifier, c.Review, c.EffectiveDay, c.ArticleId })
                .IncludeProperties(c => c.Id);
            // SQLite enforces no lengths; the app checks them itself with a clear message (FieldLength, ArticleFields),
            // so text here keeps both providers alike rather than add a second, cruder refusal from varchar(n).
            foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetProperties())
                .Where(p => p.ClrType == typeof(string) && p.GetColumnType() is null))
            {
                property.SetColumnType("text");
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Times are written in UTC; SQLite forgets the kind, so say it again when reading.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
