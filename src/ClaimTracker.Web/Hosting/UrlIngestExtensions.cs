using ClaimTracker.Web.Features.UrlIngest;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimTracker.Web.Hosting;

/// <summary>Registers reading articles from links (the guarded page fetcher), which only the web app offers.</summary>
public static class UrlIngestExtensions
{
    public static IServiceCollection AddClaimTrackerUrlIngest(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddClaimTrackerIngest();
        // Bound from configuration when there is one (the app); component tests have none and get the defaults.
        services.AddOptions<UrlIngestOptions>().Configure<IServiceProvider>((options, provider) =>
            provider.GetService<IConfiguration>()?.GetSection(UrlIngestOptions.Section).Bind(options));
        services.TryAddSingleton<PageFetcher>();
        services.TryAddSingleton<LinkIngest>();
        return services;
    }
}
