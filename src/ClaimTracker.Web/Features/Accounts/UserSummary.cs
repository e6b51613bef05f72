namespace ClaimTracker.Web.Features.Accounts;

/// <summary>A user as the Users page lists them.</summary>
public sealed record UserSummary(string Id, string UserName, string Role, bool LockedOut);
