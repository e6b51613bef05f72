using System.Globalization;
using System.Net.Mime;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClaimTracker.Web.Hosting;

/// <summary>
/// Per client address: password sign-ins and API-token writes get a fixed window of permits (<see cref="RateLimitSettings"/>);
/// past it the answer is 429 with <c>Retry-After</c>. Everything else is unlimited. The lockout after failed passwords
/// protects one account; this limit stops one client from guessing across many accounts, or locking them all.
/// </summary>
public static partial class RateLimitExtensions
{
    public const string SignInRefusedMessage = "Too many sign-in attempts from your address. Wait a minute, then try again.";
    public const string TokenWritesRefusedMessage = "Too many writes with API tokens from your address. Wait for the time in Retry-After, then try again.";

    public static IServiceCollection AddClaimTrackerRateLimits(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RateLimitSettings>().BindConfiguration(RateLimitSettings.Section);
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var settings = context.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value;
        // Behind a reverse proxy this is the proxy unless forwarded headers are configured; see docs/security.md.
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (IsSignIn(context.Request))
        {
            return RateLimitPartition.GetFixedWindowLimiter("signin:" + address,
                _ => Window(settings.SignInPermits, settings.SignInWindowSeconds));
        }
        if (IsTokenWrite(context.Request))
        {
            return RateLimitPartition.GetFixedWindowLimiter("token-write:" + address,
                _ => Window(settings.TokenWritePermits, settings.TokenWriteWindowSeconds));
        }
        return RateLimitPartition.GetNoLimiter("unlimited");
    }

    private static FixedWindowRateLimiterOptions Window(int permits, int seconds) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromSeconds(Math.Max(1, seconds)),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static bool IsSignIn(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals(AccountsExtensions.SignInPath, StringComparison.OrdinalIgnoreCase);

    private static bool IsTokenWrite(HttpRequest request) =>
        !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
        && request.Headers.Authorization.ToString().TrimStart().StartsWith("Bearer", StringComparison.OrdinalIgnoreCase);

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var settings = context.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value;
        var signIn = IsSignIn(context.Request);
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? retryAfter
            : TimeSpan.FromSeconds(signIn ? settings.SignInWindowSeconds : settings.TokenWriteWindowSeconds);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
        LogRejected(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitExtensions)),
            signIn ? "sign-in" : "token write", context.Connection.RemoteIpAddress?.ToString() ?? "unknown", seconds);
        if (signIn)
        {
            // A person at the sign-in form: a short page in words, never a bare status.
            context.Response.ContentType = MediaTypeNames.Text.Html + "; charset=utf-8";
            await context.Response.WriteAsync(
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too many attempts · ClaimTracker</title></head>"
                + $"<body><h1>Too many sign-in attempts</h1><p data-testid=\"signin-limited\">{SignInRefusedMessage}</p>"
                + $"<p><a href=\"{AccountsExtensions.SignInPath}\">Back to sign in</a></p></body></html>", cancellationToken);
            return;
        }
        await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: TokenWritesRefusedMessage)
            .ExecuteAsync(context);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit: refused a {Kind} from {ClientAddress}; retry after {RetryAfterSeconds} s")]
    private static partial void LogRejected(ILogger logger, string kind, string clientAddress, int retryAfterSeconds);
}
