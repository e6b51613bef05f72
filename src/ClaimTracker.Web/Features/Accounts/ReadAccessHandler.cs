using Microsoft.AspNetCore.Authorization;

namespace ClaimTracker.Web.Features.Accounts;

/// <summary>
/// Reads <c>Auth:AllowAnonymousRead</c> (default true) at each check rather than once at startup, so a test host
/// or a reloaded appsettings.json changes it without a rebuild of the policies.
/// </summary>
public sealed class ReadAccessHandler(IConfiguration configuration) : AuthorizationHandler<ReadAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReadAccessRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity?.IsAuthenticated == true || AllowAnonymousRead(configuration))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }

    public static bool AllowAnonymousRead(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetValue("Auth:AllowAnonymousRead", defaultValue: true);
    }
}
