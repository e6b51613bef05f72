using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Features.ApiContract;
using ClaimTracker.Web.Features.Articles;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Features.Comparison;
using ClaimTracker.Web.Features.Exports;
using ClaimTracker.Web.Features.Feeds;
using ClaimTracker.Web.Features.Sources;

namespace ClaimTracker.Web.Hosting;

/// <summary>The JSON API under /api (enums as snake_case strings), its OpenAPI document at /openapi/v1.json and its reference page at /api/docs.</summary>
public static class ApiExtensions
{
    public static IServiceCollection AddClaimTrackerApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOpenApi(OpenApiContract.Configure);
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
            // Numbers are JSON numbers: the web default also reads "5" for 5, which the document would then have to
            // describe as number-or-string, and generated clients would type as object.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        return services;
    }

    public static WebApplication MapClaimTrackerApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi();
        app.MapApiDocsPage();
        // Reads need the Read policy; each write endpoint adds .RequireAuthorization(AccessPolicies.Write).
        // No antiforgery under /api: scripts authenticate with a bearer token, and the cookie is SameSite, so a
        // cross-site page cannot make a signed-in browser write.
        var api = app.MapGroup("/api").DisableAntiforgery().RequireAuthorization(AccessPolicies.Read);
        api.MapArticleEndpoints();
        api.MapClaimEndpoints();
        api.MapComparisonEndpoints();
        api.MapSourceEndpoints();
        api.MapExportEndpoints();
        api.MapAccountEndpoints();
        api.MapFeedEndpoints();
        return app;
    }
}
