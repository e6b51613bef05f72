using ClaimTracker.Web.Features.Articles;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Features.Comparison;
using ClaimTracker.Web.Features.Sources;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimTracker.Web.Hosting;

/// <summary>Registers what the analyst and editor pages use besides the store and ingestion.</summary>
public static class UiExtensions
{
    public static IServiceCollection AddClaimTrackerUi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        // Stateless over the context factory: each call opens and disposes its own short-lived DbContext.
        services.AddSingleton<ComparisonQuery>();
        services.AddSingleton<ClaimListQuery>();
        services.AddSingleton<ClaimExport>();
        services.AddSingleton<ClaimReviewExport>();
        services.AddSingleton<ClaimCorrection>();
        services.AddSingleton<ArticleDeletion>();
        services.AddSingleton<SourceCuration>();
        return services;
    }
}
