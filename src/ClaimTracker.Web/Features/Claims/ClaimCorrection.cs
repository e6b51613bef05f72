using System.Globalization;
using System.Security.Claims;
using Claim = ClaimTracker.Store.Claims.Claim;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Features.Claims;

/// <summary>
/// Saves an editor's corrections to a claim: every changed field in one transaction with one audit entry each,
/// and never over someone else's newer save (the claim's Version must be the one the editor started from).
/// </summary>
public sealed partial class ClaimCorrection(IDbContextFactory<ClaimTrackerDb> dbFactory, TimeProvider clock, ILogger<ClaimCorrection> logger)
{
    public const string ConflictMessage =
        "Another editor saved this claim after you opened it. Nothing of yours was saved: reload it to see their changes, then edit again.";

    /// <summary>Saves as the signed-in <paramref name="user"/>: refused unless they are an Editor or Admin.</summary>
    public async Task<ClaimSaveResult> SaveAsync(int claimId, int expectedVersion, ClaimEdit edit, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await WriteAccess.RefuseAsync(dbFactory, user, cancellationToken) is { } refused)
        {
            LogForbidden(user.Identity?.Name ?? "anonymous", claimId, refused);
            return new ClaimSaveResult(ClaimSaveOutcome.Forbidden, refused);
        }
        return await SaveAsync(claimId, expectedVersion, edit, WriteAccess.UserName(user), cancellationToken);
    }

    /// <summary>
    /// The API's save: <paramref name="read"/> is the claim as the endpoint read it (untracked) to apply the patch to, and
    /// is saved against rather than read a second time. A save by someone else since that read still fails the version
    /// check of the UPDATE. Under 32 clients on PostgreSQL every statement is a wait for the app's thread and a backend.
    /// </summary>
    /// <param name="readThisRequest">The user's account as read when this request signed in (an API token's owner), which
    /// the write check uses instead of reading it again; null to read it.</param>
    public async Task<ClaimSaveResult> SaveAsync(
        Claim read, int expectedVersion, ClaimEdit edit, ClaimsPrincipal user, StoredAccount? readThisRequest = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(user);
        if (await WriteAccess.RefuseAsync(dbFactory, user, readThisRequest, cancellationToken) is { } refused)
        {
            LogForbidden(user.Identity?.Name ?? "anonymous", read.Id, refused);
            return new ClaimSaveResult(ClaimSaveOutcome.Forbidden, refused);
        }
        return await SaveAsync(read.Id, read, expectedVersion, edit, WriteAccess.UserName(user), cancellationToken);
    }

    /// <summary>
    /// The API's review flip (a patch of the review alone) in one statement on PostgreSQL, the claim not read first
    /// (<see cref="ReviewStatement.SaveAndReadAsync"/>): the saved claim as its view, a refusal, or null when this
    /// correction must take the general path (SQLite, a rejection or un-rejection, a stale version, an unchanged review,
    /// a gone claim), which reads the claim and tells those apart.
    /// </summary>
    public async Task<ClaimSaveResult?> TryReviewAsync(
        int claimId, int expectedVersion, ReviewState review, ClaimsPrincipal user, StoredAccount? readThisRequest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsNpgsql() || review == ReviewState.Rejected)
        {
            return null;
        }
        if (await WriteAccess.RefuseAsync(dbFactory, user, readThisRequest, cancellationToken) is { } refused)
        {
            LogForbidden(user.Identity?.Name ?? "anonymous", claimId, refused);
            return new ClaimSaveResult(ClaimSaveOutcome.Forbidden, refused);
        }
        var editor = WriteAccess.UserName(user);
        if (await ReviewStatement.SaveAndReadAsync(db, claimId, expectedVersion, review, clock.GetUtcNow().UtcDateTime, editor, cancellationToken) is not { } saved)
        {
            return null;
        }
        LogSaved(claimId, editor, 1, saved.Version);
        return new ClaimSaveResult(ClaimSaveOutcome.Saved, $"Saved: {FieldLabel(nameof(Claim.Review))}.", saved.Version, 1) { View = saved };
    }

    public Task<ClaimSaveResult> SaveAsync(int claimId, int expectedVersion, ClaimEdit edit, string user, CancellationToken cancellationToken = default) =>
        SaveAsync(claimId, read: null, expectedVersion, edit, user, cancellationToken);

    private async Task<ClaimSaveResult> SaveAsync(int claimId, Claim? read, int expectedVersion, ClaimEdit edit, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);

        var errors = edit.Validate();
        if (errors.Count > 0)
        {
            return new ClaimSaveResult(ClaimSaveOutcome.Invalid, "Please correct the highlighted fields.") { Errors = errors };
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claim = read is null ? await db.Claims.FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken) : db.Claims.Attach(read).Entity;
        if (claim is null)
        {
            return new ClaimSaveResult(ClaimSaveOutcome.NotFound, "This claim no longer exists.");
        }

        if (claim.Version != expectedVersion)
        {
            LogConflict(claimId, expectedVersion, claim.Version);
            return new ClaimSaveResult(ClaimSaveOutcome.Conflict, ConflictMessage, claim.Version);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var changes = new List<AuditEntry>();
        void Track<T>(string field, T oldValue, T newValue, Action apply)
        {
            if (EqualityComparer<T>.Default.Equals(oldValue, newValue))
            {
                return;
            }

            changes.Add(new AuditEntry
            {
                At = now,
                User = user,
                Entity = nameof(Claim),
                EntityId = claimId,
                Field = field,
                OldValue = Show(oldValue),
                NewValue = Show(newValue),
            });
            apply();
        }

        var subject = edit.Subject.Trim();
        // The history names sources rather than ids, so it still reads right after a source is merged away.
        // A correction that keeps the source (a review, a figure: most of them) records nothing about it and needs no names.
        var keepsSource = claim.SourceId == edit.SourceId;
        var names = keepsSource ? new Dictionary<int, string>() : await db.Sources.AsNoTracking()
            .Where(s => s.Id == claim.SourceId || s.Id == edit.SourceId)
            .ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        // The same read tells whether the chosen source still exists (it was a statement of its own).
        if (!keepsSource && edit.SourceId is { } sourceId && !names.ContainsKey(sourceId))
        {
            return new ClaimSaveResult(ClaimSaveOutcome.Invalid, "The chosen source no longer exists; pick another.")
            {
                Errors = new Dictionary<string, string> { [nameof(ClaimEdit.SourceId)] = "Unknown source." },
            };
        }
        string? NameOf(int? id) => id is { } i ? names.GetValueOrDefault(i, $"#{i}") : null;
        Track("Source", (claim.SourceId, NameOf(claim.SourceId)), (edit.SourceId, NameOf(edit.SourceId)), () =>
        {
            claim.SourceId = edit.SourceId;
            claim.Attribution = Attribution.Editor;
        });
        Track(nameof(Claim.Value), claim.Value, edit.Value, () => claim.Value = edit.Value);
        Track(nameof(Claim.Low), claim.Low, edit.Low, () => claim.Low = edit.Low);
        Track(nameof(Claim.High), claim.High, edit.High, () => claim.High = edit.High);
        Track(nameof(Claim.Qualifier), claim.Qualifier, edit.Qualifier, () => claim.Qualifier = edit.Qualifier);
        Track(nameof(Claim.Subject), claim.Subject, subject, () => claim.Subject = subject);
        Track(nameof(Claim.Metric), claim.Metric, edit.Metric, () => claim.Metric = edit.Metric);
        Track(nameof(Claim.Status), claim.Status, edit.Status, () => claim.Status = edit.Status);
        Track(nameof(Claim.AsOf), claim.AsOf, edit.AsOf, () =>
        {
            claim.AsOf = edit.AsOf;
            claim.AsOfPrecision = edit.AsOf is null ? null : AsOfPrecision.Day;
        });
        Track(nameof(Claim.Review), claim.Review, edit.Review, () => claim.Review = edit.Review);

        if (changes.Count == 0)
        {
            return new ClaimSaveResult(ClaimSaveOutcome.Unchanged, "Nothing changed.", claim.Version);
        }

        // The UPDATE matches the version the editor started from, so a save that raced this one fails here.
        db.Entry(claim).Property(c => c.Version).OriginalValue = expectedVersion;
        claim.Version = expectedVersion + 1;
        claim.UpdatedAt = now;
        claim.UpdatedBy = user;
        if (!await SaveAsync(db, claim, expectedVersion, changes, cancellationToken))
        {
            LogConflict(claimId, expectedVersion, null);
            return new ClaimSaveResult(ClaimSaveOutcome.Conflict, ConflictMessage);
        }

        LogSaved(claimId, user, changes.Count, claim.Version);
        var what = string.Join(", ", changes.Select(c => FieldLabel(c.Field)));
        return new ClaimSaveResult(ClaimSaveOutcome.Saved, $"Saved: {what}.", claim.Version, changes.Count);
    }

    /// <summary>False when someone saved the claim since <paramref name="expectedVersion"/>: nothing of this save was written.</summary>
    private static async Task<bool> SaveAsync(ClaimTrackerDb db, Claim claim, int expectedVersion, List<AuditEntry> changes, CancellationToken cancellationToken)
    {
        if (await ReviewStatement.TrySaveAsync(db, claim, expectedVersion, changes, cancellationToken) is { } reviewed)
        {
            return reviewed;
        }
        db.AuditEntries.AddRange(changes);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>The claim's recorded changes, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> HistoryAsync(int claimId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Entity == nameof(Claim) && e.EntityId == claimId)
            .ToListAsync(cancellationToken);
        return [.. entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)];
    }

    public static string FieldLabel(string field) => field switch
    {
        "Source" => "source",
        nameof(Claim.AsOf) => "as of",
        nameof(Claim.Review) => "review",
        _ => field.ToLowerInvariant(),
    };

    private static string? Show<T>(T value) => value switch
    {
        null => null,
        ValueTuple<int?, string?> source => source.Item2,
        double d => d.ToString("0.##", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(e.ToString()),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Claim {ClaimId} corrected by {User}: {ChangedFields} field(s), now version {Version}")]
    private partial void LogSaved(int claimId, string user, int changedFields, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stale save of claim {ClaimId} refused: editor had version {ExpectedVersion}, store has {StoredVersion}")]
    private partial void LogConflict(int claimId, int expectedVersion, int? storedVersion);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a change to claim {ClaimId} by {User}: {Reason}")]
    private partial void LogForbidden(string user, int claimId, string reason);
}
