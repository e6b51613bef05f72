namespace ClaimTracker.Web.Features.Accounts;

/// <summary>GET /api/me: who the request is signed in as, and how (cookie or token).</summary>
public sealed record CurrentUser(string UserName, string Role, bool CanWrite, string SignedInWith);
