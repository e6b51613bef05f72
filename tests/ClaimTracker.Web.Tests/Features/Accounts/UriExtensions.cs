namespace ClaimTracker.Web.Tests.Features.Accounts;

internal static class UriExtensions
{
    /// <summary>The path and query of a redirect target, whether the server sent it absolute or relative.</summary>
    public static string PathAndQueryOrOriginal(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
