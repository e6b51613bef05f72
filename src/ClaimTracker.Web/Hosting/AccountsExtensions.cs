using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace ClaimTracker.Web.Hosting;

/// <summary>
/// Accounts: ASP.NET Core Identity in the store, the sign-in cookie, personal API tokens, and the
/// <see cref="AccessPolicies"/> (Read, Write, Admin) every page and endpoint uses.
/// </summary>
public static class AccountsExtensions
{
    public const string SignInPath = "/account/signin";
    public const string AccessDeniedPath = "/account/denied";

    public static IServiceCollection AddClaimTrackerAccounts(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = ApiTokenAuthentication.CookieOrToken;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(ApiTokenAuthentication.CookieOrToken, "Cookie or API token", options =>
                options.ForwardDefaultSelector = context => HasBearerToken(context.Request)
                    ? ApiTokenAuthentication.Scheme
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenAuthentication.Scheme, displayName: "Personal API token", _ => { })
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "ClaimTracker.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = SignInPath;
            options.LogoutPath = "/account/signout";
            options.AccessDeniedPath = AccessDeniedPath;
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.SlidingExpiration = true;
            // Scripts and fetch calls want a status code, not the HTML of the sign-in page.
            options.Events.OnRedirectToLogin = context => StatusOrRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => StatusOrRedirect(context, StatusCodes.Status403Forbidden);
        });

        services.AddClaimTrackerAccountStore()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddScoped<PasswordSignIn>();
        services.AddClaimTrackerRateLimits();

        services.AddSingleton<IAuthorizationHandler, ReadAccessHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.Read, policy => policy.AddRequirements(new ReadAccessRequirement()))
            .AddPolicy(AccessPolicies.Write, policy => policy.RequireAuthenticatedUser().RequireRole(AccountRoles.Writers))
            .AddPolicy(AccessPolicies.Admin, policy => policy.RequireAuthenticatedUser().RequireRole(AccountRoles.Admin));
        services.AddCascadingAuthenticationState();
        // Registered before AddInteractiveServerComponents, whose own provider is only added when none is.
        services.AddScoped<AuthenticationStateProvider, AccountRevalidation>();

        // Role changes and password resets reach other cookie sessions within 30 s, not the default half hour
        // (and open Blazor circuits as often, through AccountRevalidation).
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = AccountRevalidation.Interval);
        services.AddHostedService<AdminBootstrap>();
        return services;
    }

    /// <summary>Authentication and authorization: after routing and error handling, before antiforgery.</summary>
    public static WebApplication UseClaimTrackerAccounts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Before authentication, so a flood of sign-ins or token writes is turned away before any store work.
        app.UseRateLimiter();
        app.UseAuthentication();
        // A token that was sent but is unknown or revoked is refused outright, even where anonymous reading is allowed:
        // a script must learn that its credentials are bad rather than silently read as nobody.
        app.Use(async (context, next) =>
        {
            if (HasBearerToken(context.Request) && context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync(ApiTokenAuthentication.Scheme);
                return;
            }
            await next(context);
        });
        app.UseMiddleware<SameOriginWrites>();
        // Before authorization: a user with a one-time password is sent to change it, whatever their role would allow.
        app.UseMiddleware<OneTimePasswordGate>();
        app.UseAuthorization();
        return app;
    }

    /// <summary>True for <c>Authorization: Bearer …</c>, including a bare "Bearer" whose token went missing in a script.</summary>
    private static bool HasBearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString().Trim();
        return header.Equals("Bearer", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
    }

    private static Task StatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status401Unauthorized)
            {
                context.Response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.WWWAuthenticate, "Bearer");
            }
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
