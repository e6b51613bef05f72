using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;

namespace ClaimTracker.Web.Features.Accounts;

/// <summary>
/// Holds a user who still has a one-time password (<see cref="OneTimePassword"/>) at the change-password page: every
/// page that needs an authorization policy redirects there, every such API call answers 403 with a problem-details
/// body. Runs before authorization, so the user learns the one thing to do first rather than a role refusal.
/// Endpoints without authorization (sign-in, sign-out, static files, the Blazor hub, health) stay open, so the
/// change-password page renders and signing out works.
/// </summary>
/// <remarks>
/// Only sessions signed in with the password are held, not API tokens. The mark says someone else has seen the
/// password; a token does not use it. And no token is ever made on the strength of a one-time password: the Profile
/// page that makes tokens is itself held here, so the only other way is <c>claimtracker tokens create</c>, run by an
/// operator who has the store in hand and with it more authority than any account.
/// </remarks>
public sealed partial class OneTimePasswordGate(RequestDelegate next, ILogger<OneTimePasswordGate> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!OneTimePassword.MustChange(context.User) || IsApiToken(context.User) || !NeedsAuthorization(context.GetEndpoint()))
        {
            await next(context);
            return;
        }
        LogHeld(context.User.Identity?.Name ?? "unknown", context.Request.Path);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: OneTimePassword.ApiRefusal,
                detail: OneTimePassword.ApiRefusalDetail).ExecuteAsync(context);
            return;
        }
        context.Response.Redirect(OneTimePassword.PageFor(context.Request.Path + context.Request.QueryString));
    }

    private static bool IsApiToken(ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType == ApiTokenAuthentication.Scheme;

    private static bool NeedsAuthorization(Endpoint? endpoint)
    {
        if (endpoint is null || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return false;
        }
        // The change-password page is itself behind [Authorize]; it is where the user is sent, so it must open.
        if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type == typeof(PasswordPage))
        {
            return false;
        }
        return endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{UserName} must change the one-time password before {Path}")]
    private partial void LogHeld(string userName, PathString path);
}
