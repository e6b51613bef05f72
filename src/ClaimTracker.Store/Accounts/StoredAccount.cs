namespace ClaimTracker.Store.Accounts;

/// <summary>A user as the store has them at this moment: their roles and the security stamp their sessions must carry.</summary>
public sealed record StoredAccount(string Id, string UserName, string? SecurityStamp, IReadOnlyList<string> Roles)
{
    /// <summary>The strongest role the store gives the user ("none" when it gives none).</summary>
    public string Role => UserAccounts.HighestRole(Roles);
}
