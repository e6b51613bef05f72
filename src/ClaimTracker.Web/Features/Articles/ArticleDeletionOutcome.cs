namespace ClaimTracker.Web.Features.Articles;

/// <summary>What <see cref="ArticleDeletion.DeleteAsync"/> did.</summary>
public enum ArticleDeletionOutcome
{
    Deleted,
    /// <summary>No such article: it never was, or another request deleted it first.</summary>
    NotFound,
    /// <summary>The user is no longer an editor or admin in the store (<see cref="Store.Accounts.WriteAccess.RefuseAsync(Microsoft.EntityFrameworkCore.IDbContextFactory{Store.Data.ClaimTrackerDb}, System.Security.Claims.ClaimsPrincipal, CancellationToken)"/>).</summary>
    Refused,
}
