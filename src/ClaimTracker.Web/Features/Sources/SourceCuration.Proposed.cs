using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Features.Claims;
using Microsoft.EntityFrameworkCore;
using ClaimsPrincipal = System.Security.Claims.ClaimsPrincipal;

namespace ClaimTracker.Web.Features.Sources;

/// <summary>
/// Editors' answers to proposed sources: approve one into the registry, or reject it (its claims go back to "No
/// source", keeping the words that named it). Merging a proposed source into a registered one is
/// <see cref="MergeAsync(int, int, string, CancellationToken)"/>. Each answer updates every linked claim, with an
/// audit entry per claim as for an editor's own correction.
/// </summary>
public sealed partial class SourceCuration
{
    /// <summary>Approves as the signed-in <paramref name="user"/>: refused unless they are an Editor or Admin.</summary>
    public async Task<SourceChange> ApproveAsync(int sourceId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await RefuseAsync(user, "approval", cancellationToken) ?? await ApproveAsync(sourceId, WriteAccess.UserName(user), cancellationToken);

    /// <summary>Rejects as the signed-in <paramref name="user"/>: refused unless they are an Editor or Admin.</summary>
    public async Task<SourceChange> RejectAsync(int sourceId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await RefuseAsync(user, "rejection", cancellationToken) ?? await RejectAsync(sourceId, WriteAccess.UserName(user), cancellationToken);

    /// <summary>Makes a proposed source a registered one; its claims stay with it, each with an audit entry.</summary>
    public async Task<SourceChange> ApproveAsync(int sourceId, string user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Id == sourceId, cancellationToken);
        if (NotProposed(source, sourceId) is { } refused)
        {
            return refused;
        }

        var claims = await db.Claims.Where(c => c.SourceId == sourceId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var claim in claims)
        {
            db.AuditEntries.Add(ClaimSourceChanged(claim, user, now, ProposedLabel(source!.Name), source.Name));
        }
        source!.Status = SourceStatus.Registered;
        db.AuditEntries.Add(Entry(user, sourceId, nameof(Source.Status), nameof(SourceStatus.Proposed), nameof(SourceStatus.Registered)));
        if (await SaveAsync(db, sourceId, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        LogChange("approved", sourceId, source.Name, user);
        return new SourceChange(true, $"{source.Name} approved: {claims.Count} claim(s) now credited to a registered source.", sourceId);
    }

    /// <summary>Removes a proposed source; its claims lose the source (they keep the mention) and say so in their history.</summary>
    public async Task<SourceChange> RejectAsync(int sourceId, string user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var source = await db.Sources.Include(s => s.Aliases).FirstOrDefaultAsync(s => s.Id == sourceId, cancellationToken);
        if (NotProposed(source, sourceId) is { } refused)
        {
            return refused;
        }

        var claims = await db.Claims.Where(c => c.SourceId == sourceId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var claim in claims)
        {
            db.AuditEntries.Add(ClaimSourceChanged(claim, user, now, ProposedLabel(source!.Name), null));
            claim.SourceId = null;
        }
        db.Sources.Remove(source!);
        db.AuditEntries.Add(Entry(user, sourceId, "Rejected", source!.Name, null));
        if (await SaveAsync(db, sourceId, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        LogChange("rejected", sourceId, source.Name, user);
        return new SourceChange(true, $"{source.Name} rejected: {claims.Count} claim(s) back under No source.", sourceId);
    }

    private static SourceChange? NotProposed(Source? source, int sourceId) => source switch
    {
        null => new SourceChange(false, $"There is no source #{sourceId} (it may have been merged or rejected).") { Refusal = SourceRefusal.NotFound },
        { Status: not SourceStatus.Proposed } => new SourceChange(false, $"{source.Name} is not a proposed source (it may have just been approved).", sourceId)
        {
            Refusal = SourceRefusal.Conflict,
        },
        _ => null,
    };

    /// <summary>Saves in one transaction; null when saved, else the refusal for a change someone else made first.</summary>
    private static async Task<SourceChange?> SaveAsync(ClaimTrackerDb db, int sourceId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SourceChange(false, "Someone else changed this source or one of its claims meanwhile; reload and try again.", sourceId)
            {
                Refusal = SourceRefusal.Conflict,
            };
        }
    }

    private static string ProposedLabel(string name) => $"{name} (proposed)";

    /// <summary>Records a claim's change of source as an editor's correction would, and bumps its version.</summary>
    private static AuditEntry ClaimSourceChanged(Claim claim, string user, DateTime now, string? oldValue, string? newValue)
    {
        claim.Version++;
        claim.UpdatedAt = now;
        claim.UpdatedBy = user;
        return new AuditEntry
        {
            At = now,
            User = user,
            Entity = nameof(Claim),
            EntityId = claim.Id,
            Field = "Source",
            OldValue = oldValue,
            NewValue = newValue,
        };
    }
}
