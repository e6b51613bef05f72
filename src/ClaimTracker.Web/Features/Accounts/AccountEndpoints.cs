using System.Security.Claims;
using ClaimTracker.Web.Features.ApiContract;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTracker.Web.Features.Accounts;

/// <summary>
/// GET /api/me (who a cookie or token signs in as), GET and POST /api/users (admins only), so scripts can check their
/// token and admins can add users without the browser.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/me", Me)
            .RequireAuthorization()
            .WithName("GetCurrentUser").WithTags("Accounts")
            .WithTagDescription("Accounts", "Who a token or cookie signs in as, and users (admins only). Tokens themselves are made on the Profile page.")
            .WithSummary("The signed-in user (by cookie or API token) and their role.");
        var users = api.MapGroup("/users").WithTags("Accounts").RequireAuthorization(AccessPolicies.Admin);
        users.MapGet("/", ListUsersAsync).WithName("ListUsers").WithSummary("All users with their role (admins only).");
        users.MapPost("/", CreateUserAsync).WithName("CreateUser")
            .WithSummary("Creates a user with a role; without a password one is generated and returned once (admins only).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithRequestExample("analyst", "An analyst; the server generates the first password",
                """{"userName":"sam","role":"Analyst"}""");
        return api;
    }

    private static Ok<CurrentUser> Me(ClaimsPrincipal user) =>
        TypedResults.Ok(new CurrentUser(
            user.Identity?.Name ?? "",
            UserAccounts.HighestRole(AccountRoles.All.Where(user.IsInRole)),
            WriteAccess.Allows(user),
            user.Identity?.AuthenticationType == ApiTokenAuthentication.Scheme ? "token" : "cookie"));

    private static async Task<Ok<IReadOnlyList<UserSummary>>> ListUsersAsync(UserAccounts accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await accounts.ListAsync(cancellationToken));

    private static async Task<Results<Created<NewUserResult>, ProblemHttpResult>> CreateUserAsync(
        NewUser body, ClaimsPrincipal user, UserAccounts accounts, CancellationToken cancellationToken)
    {
        var change = await accounts.CreateAsync(user, body.UserName ?? "", body.Role ?? AccountRoles.Analyst, body.Password, cancellationToken);
        if (!change.Succeeded)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "User not created", detail: change.Message);
        }
        return TypedResults.Created("/api/users", new NewUserResult(body.UserName!.Trim(), body.Role ?? AccountRoles.Analyst, change.NewPassword));
    }
}
