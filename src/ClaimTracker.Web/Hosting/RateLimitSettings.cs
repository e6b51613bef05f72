namespace ClaimTracker.Web.Hosting;

/// <summary>
/// <c>RateLimits:*</c>: how many password sign-ins, and how many writes with an API token, one client address may make
/// per window. See docs/security.md.
/// </summary>
public sealed class RateLimitSettings
{
    public const string Section = "RateLimits";
    public const int DefaultSignInPermits = 10;
    public const int DefaultSignInWindowSeconds = 60;
    public const int DefaultTokenWritePermits = 120;
    public const int DefaultTokenWriteWindowSeconds = 60;

    /// <summary>Sign-in form posts per address per window (<c>RateLimits:SignInPermits</c>).</summary>
    public int SignInPermits { get; set; } = DefaultSignInPermits;

    public int SignInWindowSeconds { get; set; } = DefaultSignInWindowSeconds;

    /// <summary>API writes carrying <c>Authorization: Bearer</c> per address per window (<c>RateLimits:TokenWritePermits</c>).</summary>
    public int TokenWritePermits { get; set; } = DefaultTokenWritePermits;

    public int TokenWriteWindowSeconds { get; set; } = DefaultTokenWriteWindowSeconds;
}
