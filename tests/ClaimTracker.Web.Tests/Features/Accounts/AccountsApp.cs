using System.Net;
using System.Security.Claims;
using Claim = System.Security.Claims.Claim;
using System.Text.RegularExpressions;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Accounts;

/// <summary>
/// The real app over a SQLite file in a temp folder, with extra settings (Auth:*), and ways to sign in as the
/// browser does (the form, with its antiforgery token) or as a script does (a personal API token).
/// </summary>
public sealed partial class AccountsApp : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Ledger-Keeper-2024";
    public const string UserPassword = "User-Password-2024";

    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly bool ownsFolder;

    private readonly Action<IServiceCollection>? services;

    public AccountsApp(IReadOnlyDictionary<string, string?>? settings = null, string? dataFolder = null, Action<IServiceCollection>? services = null)
    {
        this.settings = settings ?? new Dictionary<string, string?> { ["Auth:AdminPassword"] = AdminPassword };
        this.services = services;
        ownsFolder = dataFolder is null;
        DataFolder = dataFolder ?? TempStore.NewFolder();
    }

    /// <summary>
    /// The sign-in limit the test apps run with: every client of an in-memory test server shares one address, and the
    /// suites sign in far more often than a person. The rate-limit tests set the production defaults back.
    /// </summary>
    public const string TestSignInPermits = "100000";

    public string DataFolder { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("DataFolder", DataFolder);
        builder.UseSetting("ConnectionStrings:ClaimTracker", TempStore.ConnectionStringFor(Path.Combine(DataFolder, "claimtracker.db")));
        builder.UseSetting("Seeds:Path", RepositoryFolders.Seeds);
        builder.UseSetting("RateLimits:SignInPermits", TestSignInPermits);
        builder.UseSetting("RateLimits:TokenWritePermits", TestSignInPermits);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>A client that keeps cookies and shows redirects instead of following them, and sends the app's own
    /// <c>Origin</c> on every request, as a browser does on the app's pages (cookie writes to the API need it).</summary>
    public HttpClient Browser()
    {
        var browser = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.Add("Origin", browser.BaseAddress!.GetLeftPart(UriPartial.Authority));
        return browser;
    }

    /// <summary>Posts the sign-in form as a browser would; returns the response (302 on success).</summary>
    public static Task<HttpResponseMessage> PostSignInAsync(HttpClient browser, string userName, string password, string? returnUrl = null)
    {
        var url = returnUrl is null ? "/account/signin" : "/account/signin?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        return PostFormAsync(browser, "/account/signin", url, "signin", new()
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
    }

    /// <summary>Posts the change-password form as a browser would; returns the page the post answers with.</summary>
    public static Task<HttpResponseMessage> PostPasswordChangeAsync(HttpClient browser, string current, string newPassword) =>
        PostFormAsync(browser, "/account/password", "/account/password", "password", new()
        {
            ["Input.Current"] = current,
            ["Input.New"] = newPassword,
            ["Input.Confirm"] = newPassword,
        });

    /// <summary>Opens a server-rendered form page for its antiforgery token, then posts the fields with it.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient browser, string pagePath, string postUrl, string handler, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.GetStringAsync(pagePath);
        var token = AntiforgeryField().Match(page);
        Assert.True(token.Success, $"The form on {pagePath} carries an antiforgery token.");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        fields["_handler"] = handler;
        using var form = new FormUrlEncodedContent(fields);
        return await browser.PostAsync(postUrl, form);
    }

    /// <summary>A browser client signed in through the form.</summary>
    public async Task<HttpClient> SignedInBrowserAsync(string userName, string password)
    {
        var browser = Browser();
        using var response = await PostSignInAsync(browser, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>Creates a user with one role (as the configured admin would on the Users page).</summary>
    public async Task CreateUserAsync(string userName, string role)
    {
        var change = await Services.GetRequiredService<UserAccounts>().CreateAsync(Admin(), userName, role, UserPassword);
        Assert.True(change.Succeeded, change.Message);
    }

    /// <summary>A new personal API token for an existing user.</summary>
    public async Task<string> CreateTokenAsync(string userName, string name = "test script")
    {
        var userId = await UserIdAsync(userName);
        return (await Services.GetRequiredService<ApiTokens>().CreateAsync(userId, name)).Token;
    }

    public async Task<string> UserIdAsync(string userName)
    {
        using var scope = Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(userName);
        Assert.NotNull(user);
        return user.Id;
    }

    /// <summary>A client that sends <c>Authorization: Bearer</c> with every request.</summary>
    public HttpClient Script(string token)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A principal as the pages and endpoints pass to the services.</summary>
    public static ClaimsPrincipal Principal(string name, params string[] roles) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, name), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], authenticationType: "Test"));

    public static ClaimsPrincipal Admin() => Principal("admin", AccountRoles.Admin);

    /// <summary>The principal a sign-in gives the user now (id, name, roles, security stamp), as an open page keeps it.</summary>
    public async Task<ClaimsPrincipal> SignInPrincipalAsync(string userName)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByNameAsync(userName);
        Assert.NotNull(user);
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<IdentityUser>>().CreateAsync(user);
    }

    /// <summary>Everything the app has logged so far (the daily file under the data folder's logs/).</summary>
    public string ReadLog()
    {
        var folder = Path.Combine(DataFolder, "logs");
        if (!Directory.Exists(folder))
        {
            return "";
        }
        return string.Concat(Directory.GetFiles(folder, "*.log").Order().Select(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsFolder)
        {
            TempStore.DeleteFolder(DataFolder);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
