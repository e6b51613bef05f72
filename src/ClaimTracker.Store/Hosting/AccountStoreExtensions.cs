using ClaimTracker.Store.Accounts;
using ClaimTracker.Store.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimTracker.Store.Hosting;

/// <summary>
/// The accounts as stored: Identity's user and role managers over the store, the password policy, API tokens and the
/// admins' user management. The web app adds sign-in, cookies and authorization on top; the CLI uses this alone.
/// </summary>
public static class AccountStoreExtensions
{
    public static IdentityBuilder AddClaimTrackerAccountStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RecentTokenOwners>();
        services.AddSingleton<AccountChangeWatch>();
        services.AddSingleton<ApiTokens>();
        services.AddSingleton<UserAccounts>();
        return services.AddIdentityCore<IdentityUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ClaimTrackerDb>()
            .AddPasswordValidator<PasswordPolicy>();
    }
}
