using System.Linq.Expressions;
using ClaimTracker.Core.Claims;
using ClaimTracker.Store.Audit;
using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Claims;

/// <summary>
/// Brings subjects stored before the store kept one spelling per population (session 36) to that spelling: "US troops"
/// stored by an older import becomes "American troops", so the comparison shows one row for both. Runs on every start,
/// after the migrations; it reads only the rows whose subject could spell a nation by its initials (a few
/// <c>LIKE</c> patterns), so once done it costs one scan of the subjects that finds nothing to change. Each respelled
/// claim gets an audit entry and a new version (an editor's open page then reloads it rather than writing the old
/// spelling back), and the store's save moves its figures between comparison cells as for any correction. A subject
/// an editor has corrected keeps the editor's spelling.
/// </summary>
public static partial class StoredSubjectSpelling
{
    /// <summary>Whom the audit names for the respelling.</summary>
    public const string AuditUser = "ClaimTracker";

    private const int Batch = 500;

    /// <summary>Respells the stored subjects that are not in the store's spelling; returns how many claims changed.</summary>
    public static async Task<int> RespellAsync(IDbContextFactory<ClaimTrackerDb> factory, TimeProvider time, ILogger logger,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        var respelled = 0;
        var after = 0;
        while (true)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var claims = await Candidates(db).Where(c => c.Id > after).OrderBy(c => c.Id).Take(Batch).ToListAsync(cancellationToken);
            if (claims.Count == 0)
            {
                break;
            }
            after = claims[^1].Id;
            var now = time.GetUtcNow().UtcDateTime;
            foreach (var claim in claims)
            {
                var canonical = PopulationSpelling.Canonical(claim.Subject);
                if (canonical == claim.Subject)
                {
                    continue;
                }
                db.AuditEntries.Add(new AuditEntry
                {
                    At = now,
                    User = AuditUser,
                    Entity = nameof(Claim),
                    EntityId = claim.Id,
                    Field = nameof(Claim.Subject),
                    OldValue = claim.Subject,
                    NewValue = canonical,
                });
                claim.Subject = canonical;
                claim.Version++;
                claim.UpdatedAt = now;
                claim.UpdatedBy = AuditUser;
                respelled++;
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // An editor saved one of these claims meanwhile: the rest waits for the next start, which finds it again.
                LogInterrupted(logger, respelled);
                return respelled;
            }
        }
        if (respelled > 0)
        {
            LogRespelled(logger, respelled);
        }
        return respelled;
    }

    /// <summary>Claims whose subject may spell a nation by its initials and that no editor has respelled.</summary>
    private static IQueryable<Claim> Candidates(ClaimTrackerDb db)
    {
        var claim = Expression.Parameter(typeof(Claim), "c");
        var subject = Expression.Property(claim, nameof(Claim.Subject));
        var like = typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string)])!;
        var functions = Expression.Constant(EF.Functions);
        var any = PopulationSpelling.InitialsPatterns
            .Select(p => (Expression)Expression.Call(like, functions, subject, Expression.Constant(p)))
            .Aggregate(Expression.OrElse);
        return db.Claims
            .Where(Expression.Lambda<Func<Claim, bool>>(any, claim))
            .Where(c => !db.AuditEntries.Any(a => a.Entity == nameof(Claim) && a.EntityId == c.Id && a.Field == nameof(Claim.Subject)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Respelled {ClaimCount} stored claim subjects to one spelling per population")]
    private static partial void LogRespelled(ILogger logger, int claimCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopped respelling stored subjects after {ClaimCount}: a claim changed meanwhile; the next start goes on")]
    private static partial void LogInterrupted(ILogger logger, int claimCount);
}
