namespace ClaimTracker.Store.Accounts;

/// <summary>A token just made: <see cref="Token"/> is the only time its text exists outside the caller's hands.</summary>
public sealed record CreatedApiToken(ApiTokenSummary Summary, string Token);
