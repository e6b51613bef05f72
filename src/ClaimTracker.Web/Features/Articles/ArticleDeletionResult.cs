namespace ClaimTracker.Web.Features.Articles;

/// <summary>What <see cref="ArticleDeletion.DeleteAsync"/> did, with the message to show when it was refused.</summary>
public sealed record ArticleDeletionResult(ArticleDeletionOutcome Outcome, string? Message = null);
