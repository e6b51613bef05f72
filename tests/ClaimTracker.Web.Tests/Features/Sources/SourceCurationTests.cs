using ClaimTracker.Core.Sources;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Features.Sources;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimTracker.Web.Tests.Features.Sources;

public sealed class SourceCurationTests : IDisposable
{
    private readonly UiTestDatabase store = new();
    private readonly SourceCuration curation;

    public SourceCurationTests() => curation = new SourceCuration(store, TimeProvider.System, NullLogger<SourceCuration>.Instance);

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task Adding_a_source_records_it_and_refuses_a_taken_name_or_alias()
    {
        store.AddSource("NIS", aliases: ["Seoul's spy agency"]);

        var added = await curation.AddAsync(new SourceDraft { Name = "GUR", FullName = "Main Directorate", Kind = SourceKind.Intelligence, AliasesText = "Budanov\nHUR chief" }, "alice");
        var sameName = await curation.AddAsync(new SourceDraft { Name = "nis" }, "alice");
        var takenAlias = await curation.AddAsync(new SourceDraft { Name = "KIS", AliasesText = "seoul's spy agency" }, "alice");

        Assert.True(added.Succeeded);
        Assert.False(sameName.Succeeded);
        Assert.Contains("already exists", sameName.Message, StringComparison.Ordinal);
        Assert.False(takenAlias.Succeeded);
        Assert.Contains("already stands for NIS", takenAlias.Message, StringComparison.Ordinal);
        var listed = Assert.Single(await curation.ListAsync(), s => s.Name == "GUR");
        Assert.Equal(["Budanov", "HUR chief"], listed.Aliases);
        Assert.Equal("Created", Assert.Single(await curation.HistoryAsync(added.SourceId!.Value)).Field);
    }

    [Fact]
    public async Task Renaming_editing_aliases_and_rating_write_one_history_entry_per_field()
    {
        var id = store.AddSource("GUR", aliases: ["Budanov"]);
        var draft = SourceDraft.From(Assert.Single(await curation.ListAsync()));
        draft.Name = "HUR";
        draft.AliasesText = "Budanov\nKyrylo Budanov";
        draft.Credibility = Credibility.PartlyCredible;
        draft.CredibilityNote = "Party to the war; figures often high.";

        var change = await curation.UpdateAsync(id, draft, "alice");

        Assert.True(change.Succeeded);
        var source = Assert.Single(await curation.ListAsync());
        Assert.Equal("HUR", source.Name);
        Assert.Equal(Credibility.PartlyCredible, source.Credibility);
        Assert.Equal(["Budanov", "Kyrylo Budanov"], source.Aliases);
        var history = await curation.HistoryAsync(id);
        Assert.Equal(["Aliases", "Credibility", "CredibilityNote", "Name"], history.Select(e => e.Field).Order());
        var rename = Assert.Single(history, e => e.Field == "Name");
        Assert.Equal(("GUR", "HUR"), (rename.OldValue, rename.NewValue));
    }

    [Fact]
    public async Task Merging_moves_the_claims_and_aliases_and_records_it_on_both_sides()
    {
        var hur = store.AddSource("HUR", aliases: ["Budanov"]);
        var gur = store.AddSource("GUR", aliases: ["Main Intelligence Directorate"]);
        var article = store.AddArticle("A", "Reuters", new DateOnly(2024, 10, 18));
        var claim = store.AddClaim(article, 11000, sourceId: gur);
        store.AddClaim(article, 12000, sourceId: hur);

        var change = await curation.MergeAsync(gur, hur, "alice");

        Assert.True(change.Succeeded);
        await using var db = store.CreateDbContext();
        Assert.Null(await db.Sources.FindAsync(gur));
        var moved = await db.Claims.SingleAsync(c => c.Id == claim);
        Assert.Equal(hur, moved.SourceId);
        Assert.Equal(1, moved.Version);
        var survivor = Assert.Single(await curation.ListAsync());
        Assert.Equal(2, survivor.ClaimCount);
        Assert.Contains("GUR", survivor.Aliases);
        Assert.Contains("Main Intelligence Directorate", survivor.Aliases);
        Assert.Contains(await curation.HistoryAsync(hur), e => e.Field == "MergedFrom");
        Assert.Contains(await curation.HistoryAsync(gur), e => e.Field == "MergedInto" && e.NewValue == "HUR");
        var claimHistory = await db.AuditEntries.Where(e => e.Entity == nameof(Claim) && e.EntityId == claim).SingleAsync();
        Assert.Equal(("GUR", "HUR"), (claimHistory.OldValue, claimHistory.NewValue));
    }

    [Fact]
    public async Task A_source_cannot_be_merged_into_itself()
    {
        var id = store.AddSource("NIS");
        Assert.False((await curation.MergeAsync(id, id, "alice")).Succeeded);
    }
}
