using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Features.Comparison;
using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Features.Sources;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimTracker.Web.Tests.Features.Sources;

/// <summary>
/// Proposed sources end to end on a real migrated SQLite store with the shipped registry: ingest creates one from an
/// unregistered attribution; approving, merging and rejecting move every linked claim, audited, and the comparison follows.
/// </summary>
public sealed class ProposedSourceTests : IAsyncLifetime
{
    // Ethiopia's health ministry is not in the shipped registry (keep it out); the wording is ours.
    internal const string EthiopiaArticle = """
        Clashes in Amhara

        Ethiopia's Ministry of Public Health said on Tuesday that 140 people had been killed in two days of clashes near Gondar.
        """;

    private TempStore store = null!;
    private IngestService ingest = null!;
    private SourceCuration curation = null!;
    private ComparisonQuery comparison = null!;

    public async Task InitializeAsync()
    {
        store = await TempStore.CreateAsync();
        ingest = store.Services.GetRequiredService<IngestService>();
        var factory = store.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>();
        curation = new SourceCuration(factory, TimeProvider.System, NullLogger<SourceCuration>.Instance);
        comparison = new ComparisonQuery(factory);
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task An_unregistered_ministry_becomes_one_proposed_source_shared_by_the_articles_naming_it()
    {
        await IngestAsync(EthiopiaArticle);
        await IngestAsync(EthiopiaArticle.Replace("140 people", "95 civilians", StringComparison.Ordinal).Replace("Gondar", "Dessie", StringComparison.Ordinal));

        var proposed = Assert.Single(await curation.ListAsync(SourceStatus.Proposed));
        Assert.Contains("Ministry of Public Health", proposed.Name, StringComparison.Ordinal);
        Assert.Equal("ET", proposed.Country);
        Assert.Equal(ClaimTracker.Core.Sources.SourceKind.Government, proposed.Kind);
        Assert.Equal(2, proposed.ClaimCount);
        await using var db = await store.OpenAsync();
        var claims = await db.Claims.Where(c => c.SourceId == proposed.Id).ToListAsync();
        Assert.Equal([95d, 140d], claims.Select(c => c.Value!.Value).Order());
        Assert.All(claims, c => Assert.Contains("Ministry of Public Health", c.SourceMention, StringComparison.Ordinal));
        Assert.DoesNotContain(await curation.ListAsync(SourceStatus.Registered), s => s.Id == proposed.Id);
    }

    [Fact]
    public async Task A_regional_administration_named_by_pattern_is_proposed_under_its_canonical_name()
    {
        // The extractor names oblast administrations by pattern (RegionalAdministration), not from the registry: the
        // claim must not lose its source because the store holds no such body.
        await IngestAsync("""
            Strike on Kharkiv

            Russian glide bombs killed seven people and wounded 31 in Kharkiv overnight, the Kharkiv regional military administration said on Sunday.
            """);

        var proposed = Assert.Single(await curation.ListAsync(SourceStatus.Proposed));
        Assert.Equal("Kharkiv regional administration", proposed.Name);
        Assert.Equal(ClaimTracker.Core.Sources.SourceKind.Government, proposed.Kind);
        await using var db = await store.OpenAsync();
        var claims = await db.Claims.Where(c => c.SourceId == proposed.Id).ToListAsync();
        Assert.Equal([7d, 31d], claims.Select(c => c.Value!.Value).Order());
    }

    [Fact]
    public async Task Generic_attributions_propose_nothing()
    {
        await IngestAsync("""
            Border report

            Officials said on Monday that 10,000 troops had arrived at the border. The ministry said 500 soldiers were wounded.
            """);

        Assert.Empty(await curation.ListAsync(SourceStatus.Proposed));
    }

    [Fact]
    public async Task The_comparison_shows_the_claim_under_the_proposed_source_marked_then_under_it_once_approved()
    {
        await IngestAsync(EthiopiaArticle);
        var proposed = Assert.Single(await curation.ListAsync(SourceStatus.Proposed));

        var before = await ColumnOfAsync(140);
        Assert.Equal(proposed.Id, before.SourceId);
        Assert.True(before.Proposed);

        var approved = await curation.ApproveAsync(proposed.Id, "alice");

        Assert.True(approved.Succeeded, approved.Message);
        var after = await ColumnOfAsync(140);
        Assert.Equal(proposed.Id, after.SourceId);
        Assert.False(after.Proposed);
        Assert.Empty(await curation.ListAsync(SourceStatus.Proposed));
        await using var db = await store.OpenAsync();
        var claim = await db.Claims.SingleAsync(c => c.Value == 140);
        Assert.Equal(1, claim.Version);
        Assert.Equal("alice", claim.UpdatedBy);
        var entry = await db.AuditEntries.SingleAsync(e => e.Entity == nameof(Claim) && e.EntityId == claim.Id);
        Assert.Equal(("Source", $"{proposed.Name} (proposed)", proposed.Name), (entry.Field, entry.OldValue, entry.NewValue));
        Assert.Contains(await curation.HistoryAsync(proposed.Id), e => e.Field == nameof(Source.Status) && e.NewValue == nameof(SourceStatus.Registered));
    }

    [Fact]
    public async Task Merging_a_proposed_source_moves_its_claims_and_credits_later_articles_to_the_chosen_source()
    {
        await IngestAsync(EthiopiaArticle);
        var proposed = Assert.Single(await curation.ListAsync(SourceStatus.Proposed));
        var who = Assert.Single(await curation.ListAsync(SourceStatus.Registered), s => s.Name == "WHO");

        var merged = await curation.MergeAsync(proposed.Id, who.Id, "alice");

        Assert.True(merged.Succeeded, merged.Message);
        var column = await ColumnOfAsync(140);
        Assert.Equal((who.Id, false), (column.SourceId, column.Proposed));
        await using (var db = await store.OpenAsync())
        {
            var claim = await db.Claims.SingleAsync(c => c.Value == 140);
            var entry = await db.AuditEntries.SingleAsync(e => e.Entity == nameof(Claim) && e.EntityId == claim.Id);
            Assert.Equal(($"{proposed.Name} (proposed)", "WHO"), (entry.OldValue, entry.NewValue));
        }

        // The proposed name is now an alias of WHO: the next article naming the ministry is credited to WHO, and proposes nothing.
        await IngestAsync(EthiopiaArticle.Replace("140 people", "60 people", StringComparison.Ordinal));
        Assert.Equal(who.Id, (await ColumnOfAsync(60)).SourceId);
        Assert.Empty(await curation.ListAsync(SourceStatus.Proposed));
    }

    [Fact]
    public async Task Rejecting_a_proposed_source_puts_its_claims_back_under_no_source_keeping_the_words()
    {
        await IngestAsync(EthiopiaArticle);
        var proposed = Assert.Single(await curation.ListAsync(SourceStatus.Proposed));

        var rejected = await curation.RejectAsync(proposed.Id, "alice");

        Assert.True(rejected.Succeeded, rejected.Message);
        Assert.Null((await ColumnOfAsync(140)).SourceId);
        await using var db = await store.OpenAsync();
        Assert.Null(await db.Sources.FindAsync(proposed.Id));
        var claim = await db.Claims.SingleAsync(c => c.Value == 140);
        Assert.Contains("Ministry of Public Health", claim.SourceMention, StringComparison.Ordinal);
        Assert.Equal(1, claim.Version);
    }

    [Fact]
    public async Task Bad_answers_are_refused_with_the_reason()
    {
        await IngestAsync(EthiopiaArticle);
        var proposed = Assert.Single(await curation.ListAsync(SourceStatus.Proposed));
        var who = Assert.Single(await curation.ListAsync(SourceStatus.Registered), s => s.Name == "WHO");

        var itself = await curation.MergeAsync(proposed.Id, proposed.Id, "alice");
        var unknown = await curation.ApproveAsync(999_999, "alice");
        var intoProposed = await curation.MergeAsync(who.Id, proposed.Id, "alice");
        var registered = await curation.RejectAsync(who.Id, "alice");
        Assert.True((await curation.ApproveAsync(proposed.Id, "alice")).Succeeded);
        var twice = await curation.ApproveAsync(proposed.Id, "bob");

        Assert.Equal(SourceRefusal.Invalid, itself.Refusal);
        Assert.Equal(SourceRefusal.NotFound, unknown.Refusal);
        Assert.Equal(SourceRefusal.Invalid, intoProposed.Refusal);
        Assert.Contains("only proposed", intoProposed.Message, StringComparison.Ordinal);
        Assert.Equal(SourceRefusal.Conflict, registered.Refusal);
        Assert.Equal(SourceRefusal.Conflict, twice.Refusal);
        Assert.Contains("not a proposed source", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_answer_is_refused_as_a_conflict_not_applied_twice()
    {
        await IngestAsync(EthiopiaArticle);
        var proposed = Assert.Single(await curation.ListAsync(SourceStatus.Proposed));

        // Two editors read the proposal at once; the first approves it; the second's rejection then finds it changed.
        await using var stale = await store.OpenAsync();
        var staleSource = await stale.Sources.SingleAsync(s => s.Id == proposed.Id);
        Assert.True((await curation.ApproveAsync(proposed.Id, "alice")).Succeeded);
        stale.Sources.Remove(staleSource);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync());
        await using var db = await store.OpenAsync();
        Assert.Equal(SourceStatus.Registered, (await db.Sources.SingleAsync(s => s.Id == proposed.Id)).Status);
    }

    private async Task IngestAsync(string text)
    {
        var result = await ingest.IngestAsync(new IngestRequest { Text = text, Outlet = "Test Wire", PublishedAt = new DateOnly(2025, 3, 4) });
        Assert.Equal(IngestOutcome.Saved, result.Outcome);
    }

    private async Task<SourceColumn> ColumnOfAsync(double value)
    {
        var result = await comparison.RunAsync(new ComparisonFilter());
        var cell = Assert.Single(result.Rows.SelectMany(r => r.Cells), c => c.Figures.Any(f => f.Value == value));
        return cell.Column;
    }
}
