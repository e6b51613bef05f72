using System.Globalization;

namespace ClaimTracker.Web.Hosting;

/// <summary>
/// <c>ThreadPool:MinThreads</c>: how many thread-pool threads the app has at once, before the pool grows by itself. Unset
/// (the default), the runtime's minimum is one per core and the pool adds threads slowly (about two a second) when all
/// are busy; a request that blocks a thread (SQLite waiting in busy_timeout for the write lock, a synchronous save) then
/// holds up every other request queued behind it. Under 32 concurrent clients with writers, 64 cut readers' p50 from
/// about 2.5 s to about 0.4 s on both stores (docs/performance.md, "Under 32 clients, session 10"); docs/deployment.md
/// says when to set it.
/// </summary>
public static class ThreadPoolExtensions
{
    public const string Key = "ThreadPool:MinThreads";

    /// <summary>The most a deployment may ask for: more threads than this only cost memory and context switches.</summary>
    public const int Most = 1024;

    /// <summary>Raises the pool's minimum worker and I/O threads to the setting (never lowers them); nothing when unset.</summary>
    public static WebApplicationBuilder AddClaimTrackerThreadPool(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var value = builder.Configuration[Key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return builder;
        }
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var wanted) || wanted is < 1 or > Most)
        {
            throw new InvalidOperationException($"{Key} is '{value}': it must be a whole number of threads from 1 to {Most}, or unset for the runtime's default.");
        }
        ThreadPool.GetMinThreads(out var workers, out var io);
        if (!ThreadPool.SetMinThreads(Math.Max(workers, wanted), Math.Max(io, wanted)))
        {
            throw new InvalidOperationException($"The runtime refused {Key} = {wanted}.");
        }
        return builder;
    }
}
