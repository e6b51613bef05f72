using ClaimTracker.Web.Hosting;
using Scalar.AspNetCore;

namespace ClaimTracker.Web.Features.ApiContract;

/// <summary>
/// /api/docs: Scalar's reference page for /openapi/v1.json, for people. Everything it loads comes from this app (its
/// script is embedded in the package), so the app's CSP holds unchanged: its inline start-up script carries the
/// response's own nonce, and the fonts from Scalar's CDN, its telemetry and its AI agent are switched off.
/// </summary>
public static class ApiDocsPage
{
    public const string Path = "/api/docs";

    public static IEndpointRouteBuilder MapApiDocsPage(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapScalarApiReference(Path, (options, context) =>
        {
            options.WithTitle(DocumentInfoTransformer.Title)
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .AddPreferredSecuritySchemes([SecuritySchemesTransformer.ApiToken]);
            if (SecurityHeaders.NonceOf(context) is { } nonce)
            {
                options.WithNonce(nonce);
            }
        });
        return app;
    }
}
