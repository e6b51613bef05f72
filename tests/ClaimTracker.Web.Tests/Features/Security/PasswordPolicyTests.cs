using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Tests.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Security;

/// <summary>Common passwords and passwords containing the user name are refused wherever a password is set.</summary>
public sealed class PasswordPolicyTests : IClassFixture<PasswordPolicyTests.App>
{
    private readonly AccountsApp host;

    public PasswordPolicyTests(App app)
    {
        ArgumentNullException.ThrowIfNull(app);
        host = app.Host;
    }

    public sealed class App : IAsyncLifetime
    {
        public AccountsApp Host { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    private UserAccounts Accounts => host.Services.GetRequiredService<UserAccounts>();

    [Theory]
    [InlineData("Password12")]
    [InlineData("Qwertyuiop1")]
    [InlineData("Welcome2024!")]
    [InlineData("SUNSHINE123456")]
    [InlineData("1q2w3e4r5t!!")]
    public async Task Common_passwords_are_refused(string password)
    {
        var change = await Accounts.CreateAsync(AccountsApp.Admin(), "common-" + password.Length + password[0], AccountRoles.Editor, password);

        Assert.False(change.Succeeded);
        Assert.Contains(PasswordPolicy.CommonMessage, change.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_containing_the_user_name_is_refused_and_an_uncommon_one_is_accepted()
    {
        var sameAsName = await Accounts.CreateAsync(AccountsApp.Admin(), "marguerite", AccountRoles.Editor, "marguerite");
        var containsName = await Accounts.CreateAsync(AccountsApp.Admin(), "marguerite", AccountRoles.Editor, "Marguerite-Velvet-88");
        var accepted = await Accounts.CreateAsync(AccountsApp.Admin(), "marguerite", AccountRoles.Editor, "Velvet-Harbor-Lantern-88");

        Assert.False(sameAsName.Succeeded);
        Assert.Contains(PasswordPolicy.UserNameMessage, sameAsName.Message, StringComparison.Ordinal);
        Assert.False(containsName.Succeeded);
        Assert.Contains(PasswordPolicy.UserNameMessage, containsName.Message, StringComparison.Ordinal);
        Assert.True(accepted.Succeeded, accepted.Message);
    }

    [Fact]
    public void The_embedded_list_holds_thousands_of_passwords_and_ignores_case_and_added_endings()
    {
        Assert.InRange(CommonPasswords.Count, 2_000, 20_000);
        Assert.True(CommonPasswords.Contains("LetMeIn"));
        Assert.True(CommonPasswords.Contains("dragon2025!!!"));
        Assert.False(CommonPasswords.Contains("Velvet-Harbor-Lantern-88"));
    }
}
