using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Features.Claims;
using Microsoft.EntityFrameworkCore;
using ClaimsPrincipal = System.Security.Claims.ClaimsPrincipal;

namespace ClaimTracker.Web.Features.Sources;

/// <summary>
/// Editors' changes to the source registry: add, edit (rename, aliases, credibility), merge. Each change is one
/// transaction with an audit entry per changed field.
/// </summary>
public sealed partial class SourceCuration(IDbContextFactory<ClaimTrackerDb> dbFactory, TimeProvider clock, ILogger<SourceCuration> logger)
{
    public async Task<IReadOnlyList<SourceSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.Claims.AsNoTracking().Where(c => c.SourceId != null)
            .GroupBy(c => c.SourceId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var sources = await db.Sources.AsNoTracking().Include(s => s.Aliases).ToListAsync(cancellationToken);
        return
        [
            .. sources
                .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
                .Select(s => new SourceSummary(s.Id, s.Name, s.FullName, s.Kind, s.Country,
                    [.. s.Aliases.Select(a => a.Value).Order(StringComparer.OrdinalIgnoreCase)],
                    s.Credibility, s.CredibilityNote, counts.GetValueOrDefault(s.Id))),
        ];
    }

    /// <summary>Adds as the signed-in <paramref name="user"/>: refused unless they are an Editor or Admin.</summary>
    public async Task<SourceChange> AddAsync(SourceDraft draft, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await RefuseAsync(user, "add", cancellationToken) ?? await AddAsync(draft, WriteAccess.UserName(user), cancellationToken);

    /// <summary>Edits as the signed-in <paramref name="user"/>: refused unless they are an Editor or Admin.</summary>
    public async Task<SourceChange> UpdateAsync(int sourceId, SourceDraft draft, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await RefuseAsync(user, "edit", cancellationToken) ?? await UpdateAsync(sourceId, draft, WriteAccess.UserName(user), cancellationToken);

    /// <summary>Merges as the signed-in <paramref name="user"/>: refused unless they are an Editor or Admin.</summary>
    public async Task<SourceChange> MergeAsync(int fromId, int intoId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await RefuseAsync(user, "merge", cancellationToken) ?? await MergeAsync(fromId, intoId, WriteAccess.UserName(user), cancellationToken);

    private async Task<SourceChange?> RefuseAsync(ClaimsPrincipal user, string change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await WriteAccess.RefuseAsync(dbFactory, user, cancellationToken) is not { } refused)
        {
            return null;
        }
        LogForbidden(user.Identity?.Name ?? "anonymous", change, refused);
        return new SourceChange(false, refused);
    }

    public async Task<SourceChange> AddAsync(SourceDraft draft, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var name = draft.Name.Trim();
        if (name.Length == 0)
        {
            return new SourceChange(false, "A source needs a short name (e.g. NIS).");
        }
        if (draft.LengthProblem() is { } tooLong)
        {
            return new SourceChange(false, tooLong);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await NameTakenAsync(db, name, null, cancellationToken) is { } taken)
        {
            return new SourceChange(false, taken);
        }

        var aliases = draft.Aliases;
        if (await AliasClashAsync(db, aliases, null, cancellationToken) is { } clash)
        {
            return new SourceChange(false, clash);
        }

        var source = new Source
        {
            Name = name,
            FullName = string.IsNullOrWhiteSpace(draft.FullName) ? name : draft.FullName.Trim(),
            Kind = draft.Kind,
            Country = Blank(draft.Country),
            Credibility = draft.Credibility,
            CredibilityNote = Blank(draft.CredibilityNote),
            Aliases = [.. aliases.Select(a => new SourceAlias { Value = a })],
        };
        db.Sources.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        db.AuditEntries.Add(Entry(user, source.Id, "Created", null, source.Name));
        await db.SaveChangesAsync(cancellationToken);
        LogChange("added", source.Id, source.Name, user);
        return new SourceChange(true, $"Source {source.Name} added.", source.Id);
    }

    public async Task<SourceChange> UpdateAsync(int sourceId, SourceDraft draft, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var name = draft.Name.Trim();
        if (name.Length == 0)
        {
            return new SourceChange(false, "A source needs a short name (e.g. NIS).");
        }
        if (draft.LengthProblem() is { } tooLong)
        {
            return new SourceChange(false, tooLong);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var source = await db.Sources.Include(s => s.Aliases).FirstOrDefaultAsync(s => s.Id == sourceId, cancellationToken);
        if (source is null)
        {
            return new SourceChange(false, "This source no longer exists (it may have been merged).");
        }

        if (await NameTakenAsync(db, name, sourceId, cancellationToken) is { } taken)
        {
            return new SourceChange(false, taken);
        }

        var aliases = draft.Aliases;
        if (await AliasClashAsync(db, aliases, sourceId, cancellationToken) is { } clash)
        {
            return new SourceChange(false, clash);
        }

        var entries = new List<AuditEntry>();
        void Track(string field, string? oldValue, string? newValue, Action apply)
        {
            if (string.Equals(oldValue, newValue, StringComparison.Ordinal))
            {
                return;
            }

            entries.Add(Entry(user, sourceId, field, oldValue, newValue));
            apply();
        }

        var fullName = string.IsNullOrWhiteSpace(draft.FullName) ? name : draft.FullName.Trim();
        Track(nameof(Source.Name), source.Name, name, () => source.Name = name);
        Track(nameof(Source.FullName), source.FullName, fullName, () => source.FullName = fullName);
        Track(nameof(Source.Kind), EnumText.Slug(source.Kind), EnumText.Slug(draft.Kind), () => source.Kind = draft.Kind);
        Track(nameof(Source.Country), source.Country, Blank(draft.Country), () => source.Country = Blank(draft.Country));
        Track(nameof(Source.Credibility), EnumText.Slug(source.Credibility), EnumText.Slug(draft.Credibility), () => source.Credibility = draft.Credibility);
        Track(nameof(Source.CredibilityNote), source.CredibilityNote, Blank(draft.CredibilityNote), () => source.CredibilityNote = Blank(draft.CredibilityNote));

        var oldAliases = string.Join("; ", source.Aliases.Select(a => a.Value).Order(StringComparer.OrdinalIgnoreCase));
        var newAliases = string.Join("; ", aliases.Order(StringComparer.OrdinalIgnoreCase));
        Track("Aliases", oldAliases, newAliases, () =>
        {
            source.Aliases.RemoveAll(a => !aliases.Contains(a.Value, StringComparer.OrdinalIgnoreCase));
            foreach (var alias in aliases.Where(a => !source.Aliases.Exists(x => string.Equals(x.Value, a, StringComparison.OrdinalIgnoreCase))))
            {
                source.Aliases.Add(new SourceAlias { Value = alias });
            }
        });

        if (entries.Count == 0)
        {
            return new SourceChange(true, "Nothing changed.", sourceId);
        }

        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync(cancellationToken);
        LogChange("edited", sourceId, source.Name, user);
        return new SourceChange(true, $"Source {source.Name} saved.", sourceId);
    }

    /// <summary>Folds <paramref name="fromId"/> into <paramref name="intoId"/>: its claims and aliases move, its name becomes an alias.</summary>
    public async Task<SourceChange> MergeAsync(int fromId, int intoId, string user, CancellationToken cancellationToken = default)
    {
        if (fromId == intoId)
        {
            return new SourceChange(false, "Pick two different sources to merge.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var from = await db.Sources.Include(s => s.Aliases).FirstOrDefaultAsync(s => s.Id == fromId, cancellationToken);
        var into = await db.Sources.Include(s => s.Aliases).FirstOrDefaultAsync(s => s.Id == intoId, cancellationToken);
        if (from is null || into is null)
        {
            return new SourceChange(false, "One of the sources no longer exists.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = await db.Claims.Where(c => c.SourceId == fromId).ToListAsync(cancellationToken);
        foreach (var claim in claims)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                At = now,
                User = user,
                Entity = nameof(Claim),
                EntityId = claim.Id,
                Field = "Source",
                OldValue = from.Name,
                NewValue = into.Name,
            });
            claim.SourceId = intoId;
            claim.Version++;
            claim.UpdatedAt = now;
            claim.UpdatedBy = user;
        }

        // Aliases are unique: drop them from the merged source first, then give them (and its names) to the survivor.
        var carried = from.Aliases.Select(a => a.Value).Append(from.Name).Append(from.FullName)
            .Where(a => !string.Equals(a, into.Name, StringComparison.OrdinalIgnoreCase)
                && !into.Aliases.Exists(x => string.Equals(x.Value, a, StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        from.Aliases.Clear();
        db.Sources.Remove(from);
        await db.SaveChangesAsync(cancellationToken);

        into.Aliases.AddRange(carried.Select(a => new SourceAlias { Value = a }));
        db.AuditEntries.Add(Entry(user, intoId, "MergedFrom", null, $"{from.Name} ({claims.Count} claims, aliases: {string.Join("; ", carried)})"));
        db.AuditEntries.Add(Entry(user, fromId, "MergedInto", from.Name, into.Name));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        LogChange("merged into " + into.Name, fromId, from.Name, user);
        return new SourceChange(true, $"{from.Name} merged into {into.Name}: {claims.Count} claim(s) moved.", intoId);
    }

    public async Task<IReadOnlyList<AuditEntry>> HistoryAsync(int sourceId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Entity == nameof(Source) && e.EntityId == sourceId)
            .ToListAsync(cancellationToken);
        return [.. entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)];
    }

    // The registry is small, so names are compared in memory, case-insensitively and culture-free.
    private static async Task<string?> NameTakenAsync(ClaimTrackerDb db, string name, int? exceptId, CancellationToken cancellationToken)
    {
        var names = await db.Sources.AsNoTracking().Where(s => s.Id != exceptId).Select(s => s.Name).ToListAsync(cancellationToken);
        var other = names.Find(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return other is null ? null : $"A source named {other} already exists; merge into it instead.";
    }

    private static async Task<string?> AliasClashAsync(ClaimTrackerDb db, IReadOnlyList<string> aliases, int? exceptId, CancellationToken cancellationToken)
    {
        if (aliases.Count == 0)
        {
            return null;
        }

        var taken = await db.SourceAliases.AsNoTracking()
            .Where(a => a.SourceId != exceptId)
            .Join(db.Sources, a => a.SourceId, s => s.Id, (a, s) => new { a.Value, s.Name })
            .ToListAsync(cancellationToken);
        var clash = taken.Find(t => aliases.Contains(t.Value, StringComparer.OrdinalIgnoreCase));
        return clash is null ? null : $"The alias \"{clash.Value}\" already stands for {clash.Name}; one alias can name only one source.";
    }

    private AuditEntry Entry(string user, int sourceId, string field, string? oldValue, string? newValue) => new()
    {
        At = clock.GetUtcNow().UtcDateTime,
        User = user,
        Entity = nameof(Source),
        EntityId = sourceId,
        Field = field,
        OldValue = oldValue,
        NewValue = newValue,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId} ({SourceName}) {Change} by {User}")]
    private partial void LogChange(string change, int sourceId, string sourceName, string user);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a source {Change} by {User}: {Reason}")]
    private partial void LogForbidden(string user, string change, string reason);
}
