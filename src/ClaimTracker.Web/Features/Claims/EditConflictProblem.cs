namespace ClaimTracker.Web.Features.Claims;

/// <summary>The 409 body of PATCH /api/claims/{id} when someone saved the claim since you read it (as the OpenAPI document describes it).</summary>
public sealed record EditConflictProblem(string? Type, string Title, int Status, string? Detail, int YourVersion, int CurrentVersion);
