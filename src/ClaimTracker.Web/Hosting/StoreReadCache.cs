using System.Globalization;
using ClaimTracker.Store.Data;
using Microsoft.AspNetCore.OutputCaching;

namespace ClaimTracker.Web.Hosting;

/// <summary>
/// Whole responses of busy anonymous list reads (<c>/api/claims</c>), kept until this process saves anything to the
/// store, and at most <see cref="Lifetime"/>, since another instance or a CLI import may write to it too. A page of
/// 500 claims is about 300 KB of JSON: serialising it for every one of 32 clients, not the query, is what bounds the
/// request rate. Only anonymous GETs are kept (ASP.NET Core's default policy): a signed-in reader always gets a fresh
/// answer, and nothing one user may see is ever served to another.
/// </summary>
public static class StoreReadCache
{
    public const string Policy = "StoreReads";

    /// <summary>The staleness allowed for writes this process does not see (the comparison cache allows the same).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddClaimTrackerStoreReadCache(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOutputCache(options =>
        {
            // Every distinct query string is an entry; this caps what a client inventing query strings can fill.
            options.SizeLimit = 64L * 1024 * 1024;
            options.MaximumBodySize = 2L * 1024 * 1024;
            options.AddPolicy(Policy, policy => policy
                .Expire(Lifetime)
                // The store's save counter is part of the key: after a save the next request misses and reads afresh.
                .VaryByValue(context => new KeyValuePair<string, string>("store",
                    context.RequestServices.GetRequiredService<StoreChangeCounter>().Version.ToString(CultureInfo.InvariantCulture))));
        });
        return services;
    }

    /// <summary>After authorization, so a request that may not read is refused before any cached answer is looked up.</summary>
    public static WebApplication UseClaimTrackerStoreReadCache(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseOutputCache();
        return app;
    }
}
