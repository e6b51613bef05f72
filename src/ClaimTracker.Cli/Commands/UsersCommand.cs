using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker users add NAME --role ROLE [--connection CS]</c>: creates a user in the configured store with a
/// generated one-time password, printed once; the user must replace it at first sign-in.
/// </summary>
internal static class UsersCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.FirstOrDefault() != "add")
        {
            return Usage(error);
        }
        string? user = null, role = null, connection = null;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--role" && i + 1 < args.Length)
            {
                role = args[++i];
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
                error.WriteLine($"users: unexpected argument '{args[i]}'.");
                return Usage(error);
            }
        }
        if (user is null || role is null)
        {
            return Usage(error);
        }
        // "editor" and "Editor" are the same role to an operator typing a command.
        var canonical = AccountRoles.All.FirstOrDefault(r => r.Equals(role, StringComparison.OrdinalIgnoreCase));
        if (canonical is null)
        {
            error.WriteLine($"users: '{role}' is not a role. Use one of: {string.Join(", ", AccountRoles.All)}.");
            return 2;
        }

        await using var services = await AccountStore.OpenAsync(connection, error, "users");
        if (services is null)
        {
            return 2;
        }
        var change = await services.GetRequiredService<UserAccounts>().CreateAsOperatorAsync(AccountStore.OperatorName, user, canonical, password: null);
        if (!change.Succeeded)
        {
            error.WriteLine($"users: {change.Message}");
            return 1;
        }
        output.WriteLine(change.Message);
        output.WriteLine("One-time password (shown once; it must be changed at first sign-in):");
        output.WriteLine(change.NewPassword);
        return 0;
    }

    private static int Usage(TextWriter error)
    {
        error.WriteLine("usage: claimtracker users add NAME --role Analyst|Editor|Admin [--connection \"Data Source=path/to/claimtracker.db\"]");
        return 2;
    }
}
