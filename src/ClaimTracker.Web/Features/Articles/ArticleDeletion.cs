using System.Security.Claims;
using ClaimTracker.Store.Accounts;
using ClaimTracker.Store.Audit;
using ClaimTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Features.Articles;

/// <summary>
/// An editor's undo of a wrong ingest (the wrong page behind a link, a copy the duplicate check could not see): the
/// article goes with its claims and their mentions (the database's cascade), the claims leave their comparison cells in
/// the same save (<c>CellChanges</c> reads a deleted article's claims before it goes), and the audit keeps who deleted
/// which article and how many claims went with it.
/// </summary>
public sealed partial class ArticleDeletion(IDbContextFactory<ClaimTrackerDb> dbFactory, TimeProvider clock, ILogger<ArticleDeletion> logger)
{
    /// <summary>Deletes article <paramref name="id"/> for <paramref name="user"/>, whose role is read again from the store.</summary>
    public async Task<ArticleDeletionResult> DeleteAsync(int id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        // A page's principal may be hours old: the write services check the stored role themselves.
        if (await WriteAccess.RefuseAsync(dbFactory, user, cancellationToken) is { } refused)
        {
            return new(ArticleDeletionOutcome.Refused, refused);
        }
        var name = WriteAccess.UserName(user);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return new(ArticleDeletionOutcome.NotFound);
        }
        var claims = await db.Claims.CountAsync(c => c.ArticleId == id, cancellationToken);
        db.Articles.Remove(article);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            User = name,
            Entity = nameof(Store.Articles.Article),
            EntityId = id,
            Field = "Deleted",
            OldValue = $"{article.Title} ({claims} claims)",
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Deleted by someone else between our read and our save: the outcome the caller asked for, but not ours.
            return new(ArticleDeletionOutcome.NotFound);
        }
        LogDeleted(id, article.Title, claims, name);
        return new(ArticleDeletionOutcome.Deleted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {ArticleId} {ArticleTitle} deleted with {ClaimCount} claims by {User}")]
    private partial void LogDeleted(int articleId, string articleTitle, int claimCount, string user);
}
