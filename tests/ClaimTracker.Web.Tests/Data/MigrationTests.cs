using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;
using ClaimTracker.Web.Features.Articles;
using ClaimTracker.Web.Features.Sources;
using ClaimTracker.Web.Hosting;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StoredClaim = ClaimTracker.Store.Claims.Claim;

namespace ClaimTracker.Web.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_SQLite_file()
    {
        await using var store = await TempStore.CreateAsync(migrate: false);
        Assert.False(File.Exists(store.DatabasePath));

        await store.Services.MigrateClaimTrackerStoreAsync();

        await using var db = await store.OpenAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync();
        Assert.Superset(new HashSet<string> { "Articles", "Claims", "Sources", "SourceAliases", "AuditEntries" }, tables.ToHashSet());
        var journalMode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
        Assert.Equal("wal", Assert.Single(journalMode));
    }

    [Fact]
    public async Task Connections_wait_for_locks_instead_of_failing()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = await store.OpenAsync();
        var timeout = await db.Database.SqlQueryRaw<int>("PRAGMA busy_timeout").ToListAsync();
        Assert.True(Assert.Single(timeout) >= 1000);
    }

    [Fact]
    public async Task An_article_with_claims_and_sources_round_trips()
    {
        await using var store = await TempStore.CreateAsync();
        int articleId;
        await using (var db = await store.OpenAsync())
        {
            var nis = await db.Sources.SingleAsync(s => s.Name == "NIS");
            var article = new Article
            {
                Title = "Seoul says 11,000 troops",
                Outlet = "Test Wire",
                Url = "https://example.test/a",
                Author = "A. Writer",
                PublishedAt = new DateOnly(2024, 12, 1),
                PublishedInferred = true,
                IngestedAt = new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc),
                IngestedBy = "tester",
                Format = ArticleFormat.Html,
                Original = "<p>About 11,000 troops, the NIS said.</p>",
                Text = "About 11,000 troops, the NIS said.",
                ContentHash = new string('a', 64),
            };
            article.Claims.Add(new StoredClaim
            {
                Subject = "North Korean troops",
                Metric = Metric.KilledOrWounded,
                Value = 11000,
                Low = 10000,
                High = 12000,
                Qualifier = Qualifier.Approximately,
                Status = ClaimStatus.Expected,
                Increment = true,
                TimeText = "in December",
                AsOf = new DateOnly(2024, 12, 1),
                AsOfPrecision = AsOfPrecision.Month,
                Quote = "About 11,000 troops, the NIS said.",
                MentionText = "About 11,000",
                Start = 6,
                End = 12,
                Prefix = "About ",
                Suffix = " troops",
                SourceId = nis.Id,
                SourceMention = "the NIS",
                Attribution = Attribution.Extracted,
            });
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            articleId = article.Id;
        }

        await using (var db = await store.OpenAsync())
        {
            var article = await db.Articles.Include(a => a.Claims).ThenInclude(c => c.Source).ThenInclude(s => s!.Aliases)
                .SingleAsync(a => a.Id == articleId);
            Assert.Equal("Test Wire", article.Outlet);
            Assert.Equal(new DateOnly(2024, 12, 1), article.PublishedAt);
            Assert.True(article.PublishedInferred);
            Assert.Equal(ArticleFormat.Html, article.Format);
            Assert.Equal(DateTimeKind.Utc, article.IngestedAt.Kind);
            Assert.Equal(new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc), article.IngestedAt);
            Assert.Equal("<p>About 11,000 troops, the NIS said.</p>", article.Original);
            var claim = Assert.Single(article.Claims);
            Assert.Equal(Metric.KilledOrWounded, claim.Metric);
            Assert.Equal(Qualifier.Approximately, claim.Qualifier);
            Assert.Equal(ClaimStatus.Expected, claim.Status);
            Assert.Equal((11000d, 10000d, 12000d), (claim.Value, claim.Low, claim.High));
            Assert.True(claim.Increment);
            Assert.Equal(AsOfPrecision.Month, claim.AsOfPrecision);
            Assert.Equal((6, 12, "About ", " troops"), (claim.Start, claim.End, claim.Prefix, claim.Suffix));
            Assert.Equal("NIS", claim.Source?.Name);
            Assert.Contains(claim.Source!.Aliases, a => a.Value == "South Korean intelligence");
            Assert.Equal(Attribution.Extracted, claim.Attribution);

            // Stored as readable names, not ordinals, so the database is understandable on its own.
            var metric = await db.Database.SqlQueryRaw<string>("SELECT Metric AS Value FROM Claims").SingleAsync();
            Assert.Equal("KilledOrWounded", metric);
        }
    }

    /// <summary>
    /// A store written by an older version keeps "US troops" as the text spelled it; the next start (the app's or an
    /// import's, both migrate first) respells it so the comparison has one row per population.
    /// </summary>
    [Fact]
    public async Task Starting_on_an_older_store_respells_subjects_written_with_a_nations_initials()
    {
        await using var store = await TempStore.CreateAsync();
        await using (var db = await store.OpenAsync())
        {
            var article = new Article
            {
                Title = "Pentagon boosts presence",
                Outlet = "Test Wire",
                IngestedAt = DateTime.UtcNow,
                IngestedBy = "tester",
                Format = ArticleFormat.Text,
                Original = "About 2,000 US troops were deployed.",
                Text = "About 2,000 US troops were deployed.",
                ContentHash = new string('b', 64),
            };
            article.Claims.Add(new StoredClaim
            {
                Subject = "US troops",
                Metric = Metric.Deployed,
                Value = 2000,
                Quote = "About 2,000 US troops were deployed.",
                MentionText = "About 2,000",
            });
            db.Articles.Add(article);
            await db.SaveChangesAsync();
        }

        await store.Services.MigrateClaimTrackerStoreAsync();

        await using (var db = await store.OpenAsync())
        {
            var claim = await db.Claims.SingleAsync();
            Assert.Equal(("American troops", "About 2,000 US troops were deployed."), (claim.Subject, claim.Quote));
            var audit = await db.AuditEntries.SingleAsync(e => e.Entity == "Claim" && e.EntityId == claim.Id);
            Assert.Equal(("Subject", "US troops", "American troops"), (audit.Field, audit.OldValue, audit.NewValue));
        }
    }

    [Fact]
    public async Task The_content_hash_is_unique()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = await store.OpenAsync();
        db.Articles.Add(NewArticle("one"));
        db.Articles.Add(NewArticle("two"));
        var e = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.IsType<SqliteException>(e.InnerException);
    }

    [Fact]
    public async Task Source_names_and_aliases_are_unique_regardless_of_case()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = await store.OpenAsync();
        db.Sources.Add(new Source { Name = "nis", FullName = "A second NIS", Kind = SourceKind.Other });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Every_registry_source_and_alias_is_in_the_store()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = await store.OpenAsync();
        var stored = await db.Sources.Include(s => s.Aliases).ToDictionaryAsync(s => s.Name);
        foreach (var source in SourceRegistry.Default.Sources)
        {
            Assert.True(stored.ContainsKey(source.Name), $"{source.Name} missing");
        }
        var aliases = stored.Values.SelectMany(s => s.Aliases).Select(a => a.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.All(SourceRegistry.Default.Sources.SelectMany(s => s.Aliases), alias => Assert.Contains(alias, aliases));
    }

    [Fact]
    public async Task Loading_the_registry_again_adds_nothing_and_keeps_editor_changes()
    {
        await using var store = await TempStore.CreateAsync();
        await using (var db = await store.OpenAsync())
        {
            var nis = await db.Sources.SingleAsync(s => s.Name == "NIS");
            nis.Credibility = Credibility.PartlyCredible;
            nis.FullName = "Edited by an editor";
            await db.SaveChangesAsync();
        }

        var added = await store.Services.GetRequiredService<SourceRegistryImport>().ImportAsync();

        Assert.Equal((0, 0), added);
        await using (var db = await store.OpenAsync())
        {
            var nis = await db.Sources.SingleAsync(s => s.Name == "NIS");
            Assert.Equal(Credibility.PartlyCredible, nis.Credibility);
            Assert.Equal("Edited by an editor", nis.FullName);
        }
    }

    private static Article NewArticle(string title) => new()
    {
        Title = title,
        Original = "same",
        Text = "same",
        ContentHash = new string('b', 64),
        IngestedAt = DateTime.UtcNow,
    };
}
