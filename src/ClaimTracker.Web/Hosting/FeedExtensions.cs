using ClaimTracker.Web.Features.Feeds;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimTracker.Web.Hosting;

/// <summary>Registers feed subscriptions and, for the web app only, the background poller.</summary>
public static class FeedExtensions
{
    public static IServiceCollection AddClaimTrackerFeeds(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section)
            .Validate(o => o.PollSeconds >= 1 && o.MaxItemsPerPoll >= 1, "Feeds:PollSeconds and Feeds:MaxItemsPerPoll must be at least 1.");
        services.TryAddSingleton<FeedSubscriptions>();
        services.TryAddSingleton<FeedReader>();
        services.AddHostedService<FeedPoller>();
        return services;
    }
}
