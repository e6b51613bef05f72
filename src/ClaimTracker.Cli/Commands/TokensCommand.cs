using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker tokens create USER [--name NAME] [--connection CS]</c>: a new API token for an existing user of the
/// configured store, printed alone on the last line so a script can take it with <c>tail -n 1</c>.
/// </summary>
internal static class TokensCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.FirstOrDefault() != "create")
        {
            return Usage(error);
        }
        string? user = null, name = null, connection = null;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--name" && i + 1 < args.Length)
            {
                name = args[++i];
            }
            else if (args[i] == "--connection" && i + 1 < args.Length)
            {
                connection = args[++i];
            }
            else if (user is null && !args[i].StartsWith("--", StringComparison.Ordinal))
            {
                user = args[i];
            }
            else
            {
                error.WriteLine($"tokens: unexpected argument '{args[i]}'.");
                return Usage(error);
            }
        }
        if (user is null)
        {
            return Usage(error);
        }
        name = string.IsNullOrWhiteSpace(name) ? $"cli {DateTime.UtcNow:yyyy-MM-dd HH:mm}" : name.Trim();
        if (name.Length > ApiTokens.MaxNameLength)
        {
            error.WriteLine($"tokens: a token's name may be at most {ApiTokens.MaxNameLength} characters.");
            return 2;
        }

        await using var services = await AccountStore.OpenAsync(connection, error, "tokens");
        if (services is null)
        {
            return 2;
        }
        IdentityUser? account;
        bool oneTimePassword;
        await using (var scope = services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            account = await users.FindByNameAsync(user);
            oneTimePassword = account is not null && await OneTimePassword.IsMarkedAsync(users, account);
        }
        if (account is null)
        {
            error.WriteLine($"tokens: there is no user '{user}' in this store. Add one with: claimtracker users add {user} --role Editor");
            return 1;
        }
        if (oneTimePassword)
        {
            error.WriteLine($"tokens: note: {user} still has a one-time password; the API refuses this token (403) until {user} signs in and chooses a password.");
        }
        var created = await services.GetRequiredService<ApiTokens>().CreateAsync(account.Id, name);
        output.WriteLine($"Token '{created.Summary.Name}' for {user} (shown once; send it as 'Authorization: Bearer <token>'):");
        output.WriteLine(created.Token);
        return 0;
    }

    private static int Usage(TextWriter error)
    {
        error.WriteLine("usage: claimtracker tokens create USER [--name NAME] [--connection \"Data Source=path/to/claimtracker.db\"]");
        return 2;
    }
}
