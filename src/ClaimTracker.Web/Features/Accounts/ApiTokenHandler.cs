using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClaimTracker.Web.Features.Accounts;

/// <summary>
/// <c>Authorization: Bearer ct_…</c>: the token's owner, with their current roles (read from the store, or as this
/// instance read them less than two seconds ago by default: a role change, a revoke or a lock made here applies to scripts at once,
/// one made on another instance within those seconds; see <see cref="RecentTokenOwners"/>). The token, the
/// user, their claims and their roles are one statement (<see cref="ApiTokens.FindOwnerAsync"/>), and the principal gets
/// the claims Identity's claims factory would give (<see cref="TokenOwner.Claims"/>), which read them in five more. The
/// lockout after wrong passwords does not apply: anyone who knows a user name can trigger it, and it guards the
/// password, which a token does not use. An admin's lock does.
/// </summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiTokens tokens,
    IOptions<IdentityOptions> identitySettings)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private const string BearerPrefix = "Bearer ";

    private readonly IdentityOptions identityOptions = identitySettings.Value;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString().Trim();
        if (!header.StartsWith(BearerPrefix.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var token = header[BearerPrefix.Trim().Length..].Trim();
        var owner = await tokens.FindOwnerAsync(token, Context.RequestAborted);
        if (owner is null)
        {
            return AuthenticateResult.Fail("The API token is unknown or revoked.");
        }
        if (owner.LockedByAdmin)
        {
            return AuthenticateResult.Fail("The token's account is locked by an admin.");
        }
        // Kept with the request (never with the principal, which a circuit may keep for hours): a write in this request
        // checks the account's standing against this read instead of reading it again.
        Context.Features.Set(owner);
        var identity = new ClaimsIdentity(owner.Claims(identityOptions.ClaimsIdentity), Scheme.Name, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    /// <summary>The account of the API token this request signed in with, as the store had it then; null for any other sign-in.</summary>
    public static StoredAccount? OwnerReadThisRequest(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<TokenOwner>()?.Account;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.Append(HeaderNames.WWWAuthenticate, "Bearer error=\"invalid_token\"");
        return Task.CompletedTask;
    }
}
