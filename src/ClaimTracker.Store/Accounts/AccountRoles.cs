namespace ClaimTracker.Store.Accounts;

/// <summary>The roles a user can hold. Analysts read; editors also change things; admins also manage users.</summary>
public static class AccountRoles
{
    public const string Analyst = "Analyst";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Analyst, Editor, Admin];

    /// <summary>The roles that may write (the <see cref="AccessPolicies.Write"/> policy).</summary>
    public static IReadOnlyList<string> Writers { get; } = [Editor, Admin];
}
