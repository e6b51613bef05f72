namespace ClaimTracker.Store.Accounts;

/// <summary>A token as its owner sees it in the list: never the token itself.</summary>
public sealed record ApiTokenSummary(int Id, string Name, string Prefix, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt)
{
    public bool Revoked => RevokedAt is not null;
}
