using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Articles;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Features.Comparison;
using ClaimTracker.Web.Features.Sources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Tests.Infrastructure;

/// <summary>
/// A migrated SQLite file under the temp folder (or, from <see cref="OnPostgres"/>, a fresh PostgreSQL database), one per
/// test class instance, deleted afterwards.
/// </summary>
public sealed class UiTestDatabase : IDbContextFactory<ClaimTrackerDb>, IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"claimtracker-ui-{Guid.NewGuid():N}.db");
    private readonly DbContextOptions<ClaimTrackerDb> options;
    private int hashCounter;

    private readonly string? postgres;

    public UiTestDatabase()
        : this(postgres: null)
    {
    }

    private UiTestDatabase(string? postgres)
    {
        this.postgres = postgres;
        var builder = new DbContextOptionsBuilder<ClaimTrackerDb>();
        if (postgres is null)
        {
            builder.UseSqlite($"Data Source={path};Pooling=False");
        }
        else
        {
            builder.UseClaimTrackerPostgres(postgres);
        }
        options = builder.Options;
        using var db = CreateDbContext();
        db.Database.Migrate();
    }

    /// <summary>The same on a fresh database of the test PostgreSQL server.</summary>
    public static UiTestDatabase OnPostgres() => new(TestPostgres.CreateDatabase());

    public ClaimTrackerDb CreateDbContext() => new(options);

    /// <summary>Every claim as the comparison reads it, and every source as a column: for groupings done in memory.</summary>
    public async Task<(List<ClaimFigure> Figures, List<SourceColumn> Sources)> FiguresAndSourcesAsync()
    {
        await using var db = CreateDbContext();
        await db.Database.OpenConnectionAsync();
        var sources = await db.Sources.Select(s => new SourceColumn(s.Id, s.Name, s.FullName, s.Credibility, s.CredibilityNote)).ToListAsync();
        var figures = new List<ClaimFigure>();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT {ComparisonSql.FigureColumns} {ComparisonSql.From}";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            figures.Add(ComparisonSql.ReadFigure(reader));
        }
        return (figures, sources);
    }

    public int AddSource(string name, Credibility credibility = Credibility.Unrated, params string[] aliases)
    {
        using var db = CreateDbContext();
        var source = new Source
        {
            Name = name,
            FullName = name + " (full)",
            Kind = SourceKind.Intelligence,
            Credibility = credibility,
            Aliases = [.. aliases.Select(a => new SourceAlias { Value = a })],
        };
        db.Sources.Add(source);
        db.SaveChanges();
        return source.Id;
    }

    public int AddArticle(string title, string? outlet, DateOnly? published, string text = "Some text about 10,000 troops.")
    {
        using var db = CreateDbContext();
        var article = new Article
        {
            Title = title,
            Outlet = outlet,
            PublishedAt = published,
            IngestedAt = DateTime.UtcNow,
            Format = ArticleFormat.Text,
            Original = text,
            Text = text,
            ContentHash = (++hashCounter).ToString("D64", System.Globalization.CultureInfo.InvariantCulture),
        };
        db.Articles.Add(article);
        db.SaveChanges();
        return article.Id;
    }

    public int AddClaim(int articleId, double? value, Qualifier qualifier = Qualifier.Exact, int? sourceId = null, string subject = "North Korean troops",
        Metric metric = Metric.Deployed, ClaimStatus status = ClaimStatus.Reported, double? low = null, double? high = null, DateOnly? asOf = null,
        ReviewState review = ReviewState.Unreviewed)
    {
        using var db = CreateDbContext();
        var claim = new Claim
        {
            ArticleId = articleId,
            Subject = subject,
            Metric = metric,
            Status = status,
            Value = value,
            Low = low,
            High = high,
            Qualifier = qualifier,
            SourceId = sourceId,
            AsOf = asOf,
            Review = review,
            Quote = "Some text about 10,000 troops.",
            MentionText = "10,000",
            Start = 16,
            End = 22,
        };
        db.Claims.Add(claim);
        db.SaveChanges();
        return claim.Id;
    }

    /// <summary>
    /// A user with one role, as the Identity tables hold them: the write services ask the store for the signed-in
    /// user's current role at the moment they write, so the user the components sign in as must exist.
    /// </summary>
    public void AddUser(string userName, string role)
    {
        using var db = CreateDbContext();
        var stored = db.Roles.FirstOrDefault(r => r.Name == role);
        if (stored is null)
        {
            stored = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
            db.Roles.Add(stored);
        }
        var user = new IdentityUser(userName) { NormalizedUserName = userName.ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString("N") };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = stored.Id });
        db.SaveChanges();
    }

    public void Dispose()
    {
        if (postgres is not null)
        {
            TestPostgres.DropDatabase(postgres);
            return;
        }
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
