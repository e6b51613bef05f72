namespace ClaimTracker.Store.Accounts;

/// <summary>Links to the sign-in page that come back to where the user was, and the check that keeps them on this site.</summary>
public static class SignInLinks
{
    public static string SignIn(string? returnUrl)
    {
        var back = LocalOrHome("/" + (returnUrl ?? "").TrimStart('/'));
        return back == "/" ? "/account/signin" : "/account/signin?returnUrl=" + Uri.EscapeDataString(back);
    }

    /// <summary>The return URL if it stays on this site (a path like <c>/ingest</c>), else the home page: no open redirects.</summary>
    public static string LocalOrHome(string? returnUrl)
    {
        if (string.IsNullOrWhiteSpace(returnUrl) || returnUrl[0] != '/'
            || returnUrl.StartsWith("//", StringComparison.Ordinal) || returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            || returnUrl.Any(char.IsControl))
        {
            return "/";
        }
        return returnUrl;
    }
}
