using Microsoft.Extensions.Options;

namespace ClaimTracker.Web.Features.Feeds;

/// <summary>
/// Polls the feeds in the background: checks every few seconds which feeds are due (new ones at once, the others every
/// <see cref="FeedOptions.PollSeconds"/>) and polls them. A failure is logged and the next round goes on.
/// </summary>
public sealed partial class FeedPoller(FeedReader reader, IOptions<FeedOptions> options, TimeProvider time, ILogger<FeedPoller> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Checking for due feeds is one small query; a short tick lets a new feed be polled soon after it is added.
        var tick = TimeSpan.FromSeconds(Math.Clamp(options.Value.PollSeconds, 1, 5));
        using var timer = new PeriodicTimer(tick, time);
        do
        {
            try
            {
                await reader.PollDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRoundFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of feed polling failed; the next round will try again")]
    private partial void LogRoundFailed(Exception exception);
}
