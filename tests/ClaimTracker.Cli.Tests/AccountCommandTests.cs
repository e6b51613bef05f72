using ClaimTracker.Cli.Commands;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Cli.Tests;

/// <summary><c>claimtracker users add</c> and <c>claimtracker tokens create</c> against a real SQLite store in a temp folder.</summary>
public sealed class AccountCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("claimtracker-accounts-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(folder, "claimtracker.db")};Pooling=False";

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Users_add_creates_an_editor_with_a_one_time_password_printed_once_and_refuses_the_same_name_again()
    {
        var (code, output, _) = await RunAsync(UsersCommand.RunAsync, "add", "bob", "--role", "editor", "--connection", ConnectionString);

        Assert.Equal(0, code);
        var password = LastLine(output);
        Assert.True(password.Length >= 10, output);
        await using (var store = await OpenAsync())
        {
            await using var scope = store.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var bob = await users.FindByNameAsync("bob");
            Assert.NotNull(bob);
            Assert.True(await users.IsInRoleAsync(bob, AccountRoles.Editor));
            Assert.True(await users.CheckPasswordAsync(bob, password));
            Assert.True(await OneTimePassword.IsMarkedAsync(users, bob));
        }

        var again = await RunAsync(UsersCommand.RunAsync, "add", "bob", "--role", "Editor", "--connection", ConnectionString);
        Assert.Equal(1, again.Code);
        Assert.Contains("bob", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_create_prints_a_token_on_the_last_line_that_the_app_accepts_for_that_user()
    {
        Assert.Equal(0, (await RunAsync(UsersCommand.RunAsync, "add", "carol", "--role", "Admin", "--connection", ConnectionString)).Code);

        var (code, output, _) = await RunAsync(TokensCommand.RunAsync, "create", "carol", "--name", "deploy script", "--connection", ConnectionString);

        Assert.Equal(0, code);
        var token = LastLine(output);
        Assert.StartsWith(ApiTokens.TokenStart, token, StringComparison.Ordinal);
        await using var store = await OpenAsync();
        await using var scope = store.CreateAsyncScope();
        var carol = await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync("carol");
        // The same lookup the API's bearer-token handler makes.
        Assert.Equal(carol!.Id, await store.GetRequiredService<ApiTokens>().FindUserIdAsync(token));
        Assert.Equal("deploy script", Assert.Single(await store.GetRequiredService<ApiTokens>().ListAsync(carol.Id)).Name);
    }

    [Fact]
    public async Task On_a_new_store_tokens_create_admin_works_like_the_apps_first_start_and_warns_of_the_one_time_password()
    {
        var (code, output, error) = await RunAsync(TokensCommand.RunAsync, "create", "admin", "--connection", ConnectionString);

        Assert.Equal(0, code);
        Assert.StartsWith(ApiTokens.TokenStart, LastLine(output), StringComparison.Ordinal);
        Assert.Contains("admin still has a one-time password", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_users_and_roles_are_clear_errors()
    {
        var noUser = await RunAsync(TokensCommand.RunAsync, "create", "nobody", "--connection", ConnectionString);
        var noRole = await RunAsync(UsersCommand.RunAsync, "add", "dave", "--role", "Boss", "--connection", ConnectionString);
        var noVerb = await RunAsync(TokensCommand.RunAsync, "list");

        Assert.Equal(1, noUser.Code);
        Assert.Contains("there is no user 'nobody'", noUser.Error, StringComparison.Ordinal);
        Assert.Equal(2, noRole.Code);
        Assert.Contains("'Boss' is not a role", noRole.Error, StringComparison.Ordinal);
        Assert.Equal(2, noVerb.Code);
        Assert.Contains("usage: claimtracker tokens create USER", noVerb.Error, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
    }

    private async Task<ServiceProvider> OpenAsync() =>
        await AccountStore.OpenAsync(ConnectionString, TextWriter.Null, "test") ?? throw new InvalidOperationException("The store did not open.");

    private static string LastLine(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];

    private static async Task<(int Code, string Output, string Error)> RunAsync(
        Func<string[], TextWriter, TextWriter, Task<int>> command, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await command(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
