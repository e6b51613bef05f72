using System.Security.Cryptography;
using ClaimTracker.Store.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Accounts;

/// <summary>
/// At start: makes sure the roles exist and, when the store has no users at all, creates the first Admin —
/// with <c>Auth:AdminPassword</c> if configured (the operator's own choice, used as is), else a generated one-time
/// password written to the log once and marked to be changed at first sign-in (a second start finds the user and says nothing).
/// </summary>
public sealed partial class AdminBootstrap(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<AdminBootstrap> logger) : IHostedService
{
    public const string DefaultAdminUser = "admin";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // Two instances starting at once would both create the roles and the first admin; they take turns instead.
        await using var startLock = await StoreStartLock.AcquireAsync(
            scope.ServiceProvider.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>(), cancellationToken);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in AccountRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (users.Users.Any())
        {
            return;
        }
        var userName = configuration["Auth:AdminUser"];
        userName = string.IsNullOrWhiteSpace(userName) ? DefaultAdminUser : userName.Trim();
        var configured = configuration["Auth:AdminPassword"];
        var password = string.IsNullOrEmpty(configured) ? NewPassword() : configured;

        var admin = new IdentityUser(userName);
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded && !string.IsNullOrEmpty(configured))
        {
            // Said plainly rather than crashing on: the operator fixes the setting and restarts.
            throw new InvalidOperationException(
                $"Auth:AdminPassword is not accepted as a password: {Describe(created)}");
        }
        Check(created, $"create admin {userName}");
        Check(await users.AddToRoleAsync(admin, AccountRoles.Admin), $"make {userName} an admin");

        if (string.IsNullOrEmpty(configured))
        {
            // The password goes through the log, so whoever reads the log could use it: the admin must replace it.
            Check(await OneTimePassword.MarkAsync(users, admin), $"mark {userName}'s password as one-time");
            LogGeneratedPassword(logger, userName, password);
        }
        else
        {
            LogConfiguredAdmin(logger, userName);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>20 characters with upper and lower case letters and digits: meets the password rules by construction.</summary>
    public static string NewPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnpqrstuvwxyz";
        const string digits = "23456789";
        var chars = (RandomNumberGenerator.GetString(upper, 4) + RandomNumberGenerator.GetString(lower, 12)
            + RandomNumberGenerator.GetString(digits, 4)).ToCharArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {Describe(result)}");
        }
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "FIRST START: no accounts existed, so the admin account {AdminUser} was created with the one-time password {AdminPassword} . " +
        "Sign in at /account/signin; you are asked to choose your own password at once. This password is not shown again.")]
    private static partial void LogGeneratedPassword(ILogger logger, string adminUser, string adminPassword);

    [LoggerMessage(Level = LogLevel.Information, Message =
        "First start: no accounts existed, so the admin account {AdminUser} was created with the password from Auth:AdminPassword")]
    private static partial void LogConfiguredAdmin(ILogger logger, string adminUser);
}
