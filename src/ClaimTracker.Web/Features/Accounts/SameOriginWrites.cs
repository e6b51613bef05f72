using Microsoft.Net.Http.Headers;

namespace ClaimTracker.Web.Features.Accounts;

/// <summary>
/// An API write signed in by the cookie must come from the app's own pages: the browser says so with
/// <c>Sec-Fetch-Site: same-origin</c>, or (browsers without Fetch Metadata) an <c>Origin</c> equal to the app's.
/// A page on another port or subdomain is same-site, so the SameSite cookie alone still rides along with its form
/// posts and no-cors fetches; neither header can be set by a script. Token writes are unaffected: a foreign page
/// cannot attach someone's bearer token.
/// </summary>
public sealed partial class SameOriginWrites(RequestDelegate next, ILogger<SameOriginWrites> logger)
{
    public const string RefusedMessage =
        "A write signed in by cookie must come from this site's own pages. Scripts and other sites use an API token (Authorization: Bearer).";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api") && IsWrite(request.Method) && IsCookieSignIn(context) && !IsSameOrigin(request))
        {
            LogRefused(context.User.Identity?.Name ?? "unknown", request.Method, request.Path.Value ?? "",
                request.Headers.Origin.ToString(), request.Headers["Sec-Fetch-Site"].ToString());
            await TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Cross-origin write refused", detail: RefusedMessage)
                .ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    private static bool IsWrite(string method) =>
        !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsOptions(method);

    private static bool IsCookieSignIn(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true } identity && identity.AuthenticationType != ApiTokenAuthentication.Scheme;

    private static bool IsSameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site.Equals("same-origin", StringComparison.OrdinalIgnoreCase);
        }
        var origin = request.Headers[HeaderNames.Origin].ToString();
        return origin.Length > 0 && origin.Equals($"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a cookie-signed {Method} {Path} by {User}: Origin {Origin}, Sec-Fetch-Site {FetchSite}")]
    private partial void LogRefused(string user, string method, string path, string origin, string fetchSite);
}
