using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;
using ClaimTracker.Store.Data;
using ClaimTracker.Store.Sources;
using Microsoft.EntityFrameworkCore;
using StoredClaim = ClaimTracker.Store.Claims.Claim;

namespace ClaimTracker.Store.Ingest;

/// <summary>
/// Credits each new claim to a stored source: the registry source the extractor named; else the stored source whose
/// name or alias is the attribution's words (editors' sources, approved or merged proposals); else a new proposed
/// source for an attribution that names a body or person (<see cref="ProposedSource"/>), shared by every claim of the
/// ingest that names it, for an editor to approve, merge or reject.
/// </summary>
internal sealed class SourceLinks
{
    private readonly Dictionary<string, int> ids;
    private readonly Dictionary<string, Source> proposed = new(StringComparer.OrdinalIgnoreCase);

    private SourceLinks(Dictionary<string, int> ids) => this.ids = ids;

    /// <summary>Every stored source's name and aliases (the registry is small: a few thousand names at most).</summary>
    public static async Task<SourceLinks> LoadAsync(ClaimTrackerDb db, CancellationToken cancellationToken)
    {
        var ids = await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Name, s => s.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var aliases = await db.SourceAliases.AsNoTracking().Select(a => new { a.Value, a.SourceId }).ToListAsync(cancellationToken);
        foreach (var alias in aliases)
        {
            ids.TryAdd(alias.Value, alias.SourceId);
        }
        return new SourceLinks(ids);
    }

    /// <summary>The new sources the linked claims propose, not yet stored.</summary>
    public IReadOnlyCollection<Source> Proposed => proposed.Values;

    public void Link(StoredClaim stored, ExtractedClaim claim)
    {
        if (claim.Source is not null && ids.TryGetValue(claim.Source, out var registered))
        {
            stored.SourceId = registered;
            return;
        }
        // A body the extractor names by pattern, not from the registry ("Kharkiv regional administration"): proposed under
        // that name, with the words as written for its alias.
        var mention = claim.SourceMention?.Trim();
        if ((claim.Source ?? mention) is not { } named || ProposedSource.From(named) is not { } proposal)
        {
            return;
        }
        if ((mention is not null && ids.TryGetValue(mention, out var id)) || ids.TryGetValue(proposal.Name, out id))
        {
            stored.SourceId = id;
            return;
        }
        if (!proposed.TryGetValue(proposal.Name, out var source))
        {
            source = new Source
            {
                Name = proposal.Name,
                FullName = proposal.FullName.Length <= Source.MaxFullNameLength ? proposal.FullName : proposal.FullName[..Source.MaxFullNameLength],
                Kind = proposal.Kind,
                Country = proposal.Country is { Length: <= Source.MaxCountryLength } country ? country : null,
                Status = SourceStatus.Proposed,
            };
            proposed[proposal.Name] = source;
        }
        if (mention is not null
            && !string.Equals(mention, source.Name, StringComparison.OrdinalIgnoreCase)
            && mention.Length <= Source.MaxAliasLength
            && !source.Aliases.Exists(a => string.Equals(a.Value, mention, StringComparison.OrdinalIgnoreCase)))
        {
            source.Aliases.Add(new SourceAlias { Value = mention });
        }
        stored.Source = source;
    }
}
