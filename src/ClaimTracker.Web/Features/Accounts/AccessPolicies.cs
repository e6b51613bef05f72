namespace ClaimTracker.Web.Features.Accounts;

/// <summary>
/// The three authorization policies every page and endpoint picks from
/// (<c>[Authorize(Policy = AccessPolicies.Write)]</c>, <c>.RequireAuthorization(AccessPolicies.Write)</c>).
/// </summary>
public static class AccessPolicies
{
    /// <summary>Signed in, or anyone at all while <c>Auth:AllowAnonymousRead</c> is true (the default).</summary>
    public const string Read = "Read";

    /// <summary>Ingest, claim edits, source edits and merges: role Editor or Admin.</summary>
    public const string Write = "Write";

    /// <summary>Managing users: role Admin.</summary>
    public const string Admin = "Admin";
}
