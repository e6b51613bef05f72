using System.Net.Http.Headers;
using ClaimTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Infrastructure;

/// <summary>
/// API clients signed in the way scripts are: a fresh user in the given role with a personal API token
/// (<c>Authorization: Bearer ct_…</c>). And article texts for them to post.
/// </summary>
public static class EditorClient
{
    public static Task<HttpClient> CreateAsync(ClaimTrackerAppFactory app) => ForRoleAsync(app, AccountRoles.Editor);

    public static async Task<HttpClient> ForRoleAsync(ClaimTrackerAppFactory app, string role)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(app, role));
        return client;
    }

    public static async Task<string> TokenForAsync(ClaimTrackerAppFactory app, string role)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser($"{role.ToLowerInvariant()}-{Guid.NewGuid():N}");
        Assert.True((await users.CreateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        var created = await app.Services.GetRequiredService<ApiTokens>().CreateAsync(user.Id, "tests");
        return created.Token;
    }

    /// <summary>A short news text with people-count claims, different for every <paramref name="tag"/> (so never a duplicate).</summary>
    public static string ArticleText(string tag) => $"""
        Border report {tag}

        The defence ministry said on Monday that 10,000 troops had arrived at the border near {tag}.

        Officials said a further 5,000 soldiers would follow by the end of the month, according to the ministry.
        """;
}
