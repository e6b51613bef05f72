namespace ClaimTracker.Web.Features.Articles;

/// <summary>The 409 body of POST /api/articles for an article already stored (as the OpenAPI document describes it).</summary>
public sealed record DuplicateArticleProblem(string? Type, string Title, int Status, string? Detail, int ExistingId, string Existing);
