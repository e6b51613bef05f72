using Microsoft.AspNetCore.DataProtection;

namespace ClaimTracker.Web.Hosting;

/// <summary>
/// The data-protection keys (sign-in cookies, antiforgery tokens) live in the store, so every app instance on one
/// database accepts what any other issued; in a local folder each instance would reject the others' cookies.
/// </summary>
public static class DataProtectionExtensions
{
    public const string ApplicationName = "ClaimTracker";

    public static IServiceCollection AddClaimTrackerDataProtection(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDataProtection()
            // Without a fixed name the keys are set apart by content root, and instances installed in different folders would not share them.
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<ClaimTrackerDb>();
        return services;
    }
}
