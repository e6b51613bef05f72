namespace ClaimTracker.Web.Features.Accounts;

/// <summary>Names of the authentication schemes: personal API tokens, and the selector in front of them and the cookie.</summary>
public static class ApiTokenAuthentication
{
    /// <summary><c>Authorization: Bearer ct_…</c> with a personal API token.</summary>
    public const string Scheme = "ApiToken";

    /// <summary>The default scheme: the token handler when a Bearer header is sent, else the Identity cookie.</summary>
    public const string CookieOrToken = "CookieOrToken";
}
