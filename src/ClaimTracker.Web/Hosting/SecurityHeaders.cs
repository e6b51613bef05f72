namespace ClaimTracker.Web.Hosting;

/// <summary>
/// Adds the browser-side defences to every response: a Content-Security-Policy that allows only the app's own
/// scripts, styles and circuit websocket, no framing, no MIME sniffing and no referrer leaks to other sites.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>
    /// Blazor Server needs only same-origin scripts, its import map (inline, allowed by a per-response nonce) and its
    /// websocket; MudBlazor sets inline style attributes, hence 'unsafe-inline' for styles only. No other script may run
    /// inline or come from elsewhere, so even markup that slipped into a page could not execute.
    /// </summary>
    public const string NonceKey = "ClaimTracker.ScriptNonce";

    /// <summary>The one-time nonce of this response, for the page's single inline script (Blazor's import map).</summary>
    public static string? NonceOf(HttpContext? context) => context?.Items[NonceKey] as string;

    public static string PolicyFor(HttpRequest request, string nonce)
    {
        ArgumentNullException.ThrowIfNull(request);
        var host = request.Host.HasValue ? request.Host.Value : null;
        var sockets = host is null ? "" : $" ws://{host} wss://{host}";
        return "default-src 'self'; "
            + $"script-src 'self' 'nonce-{nonce}'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; "
            + "font-src 'self' data:; "
            + $"connect-src 'self'{sockets}; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-src 'none'; "
            + "frame-ancestors 'none'";
    }

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Hex, not base64: Razor HTML-encodes "+" in attributes, and a nonce that reads the same everywhere is easier to check.
        var nonce = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        // Just before the response starts, so error pages get them too (the exception handler clears headers set earlier).
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = PolicyFor(context.Request, nonce);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
