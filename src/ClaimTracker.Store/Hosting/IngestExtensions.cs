using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;
using ClaimTracker.Store.Ingest;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimTracker.Store.Hosting;

/// <summary>Registers the ingestion pipeline (reader, extractor, IngestService) for the web app and the CLI.</summary>
public static class IngestExtensions
{
    public static IServiceCollection AddClaimTrackerIngest(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(SourceRegistry.Default);
        services.TryAddSingleton(new ArticleReaderOptions());
        services.TryAddSingleton<ArticleReader>();
        services.TryAddSingleton<ClaimExtractor>();
        services.TryAddSingleton<IngestService>();
        return services;
    }
}
