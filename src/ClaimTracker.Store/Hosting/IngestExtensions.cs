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
        services.TryAddSingleton(provider => new ClaimExtractor(provider.GetRequiredService<SourceRegistry>())
        {
            MaxClaims = MaxClaimsPerArticle(provider.GetService<IConfiguration>()),
            // One claim per figure per article: a headline or later paragraph repeating it is stored as a mention of it.
            MergeRepeats = true,
            FoldHeadlines = true,
        });
        services.TryAddSingleton<IngestService>();
        return services;
    }

    private static int MaxClaimsPerArticle(IConfiguration? configuration)
    {
        var max = configuration?.GetValue("Ingest:MaxClaimsPerArticle", ClaimExtractor.DefaultMaxClaims) ?? ClaimExtractor.DefaultMaxClaims;
        return max > 0 ? max : throw new InvalidOperationException($"Ingest:MaxClaimsPerArticle must be a positive number of claims, not {max}.");
    }
}
