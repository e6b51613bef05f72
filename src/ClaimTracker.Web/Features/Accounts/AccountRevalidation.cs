using ClaimTracker.Web.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Features.Accounts;

/// <summary>
/// Checks every open Blazor circuit's user against the store every <see cref="Interval"/>: a role change, password
/// reset, lock or deletion (each renews the security stamp, or removes the user) signs the circuit out, so an open tab
/// stops showing controls its user no longer has. The write services check again at the moment they write.
/// </summary>
public sealed class AccountRevalidation(ILoggerFactory loggerFactory, IDbContextFactory<ClaimTrackerDb> store, IConfiguration configuration)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    /// <summary>The production interval; <c>Auth:RevalidationSeconds</c> may change it (the browser tests lengthen it to watch the write-time check alone).</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override TimeSpan RevalidationInterval =>
        configuration.GetValue<int?>("Auth:RevalidationSeconds") is int seconds and > 0 ? TimeSpan.FromSeconds(seconds) : Interval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        var user = authenticationState.User;
        return user.Identity?.IsAuthenticated != true || await AccountStanding.IsCurrentAsync(store, user, cancellationToken);
    }
}
