using ClaimTracker.Web.Features.ApiContract;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTracker.Web.Features.Sources;

/// <summary>GET /api/sources: the registry with aliases, credibility and claim counts.</summary>
public static class SourceEndpoints
{
    public static IEndpointRouteBuilder MapSourceEndpoints(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/sources", ListAsync)
            .WithName("ListSources")
            .WithTags("Sources")
            .WithTagDescription("Sources", "The registry of sources claims are attributed to (ministries, agencies, NGOs...), with aliases and credibility.")
            .WithSummary("Every source with its aliases, kind, country, editor's credibility rating and number of claims.");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<SourceSummary>>> ListAsync(SourceCuration curation, CancellationToken cancellationToken) =>
        TypedResults.Ok(await curation.ListAsync(cancellationToken));
}
