using System.Security.Claims;
using Claim = System.Security.Claims.Claim;
using Bunit;
using Bunit.TestDoubles;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Features.Ingest;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Accounts;

/// <summary>In an interactive session no request passes the gate: the router's redirect holds a marked user instead.</summary>
public sealed class OneTimePasswordRedirectTests
{
    [Fact]
    public async Task An_interactive_page_sends_a_marked_user_to_the_password_page_and_back_afterwards()
    {
        await using var context = NewContext(marked: true, interactive: true);
        var navigation = context.Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("/ingest?tab=upload");

        context.Render<OneTimePasswordRedirect>(p => p.Add(r => r.Page, typeof(IngestPage)));

        Assert.Equal("http://localhost/account/password?returnUrl=%2Fingest%3Ftab%3Dupload", navigation.Uri);
        Assert.True(navigation.History.First().Options.ForceLoad);
    }

    [Theory]
    [InlineData(false, true, false)]
    [InlineData(true, false, false)]
    [InlineData(true, true, true)]
    public async Task Unmarked_users_static_renders_and_the_password_page_itself_are_left_alone(bool marked, bool interactive, bool onPasswordPage)
    {
        await using var context = NewContext(marked, interactive);
        var navigation = context.Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo(onPasswordPage ? "/account/password" : "/ingest");
        var before = navigation.History.Count;

        context.Render<OneTimePasswordRedirect>(p => p.Add(r => r.Page, onPasswordPage ? typeof(PasswordPage) : typeof(IngestPage)));

        Assert.Equal(before, navigation.History.Count);
    }

    private static BunitContext NewContext(bool marked, bool interactive)
    {
        var context = new BunitContext();
        var authorization = context.AddAuthorization();
        authorization.SetAuthorized("admin");
        if (marked)
        {
            authorization.SetClaims(new Claim(OneTimePassword.ClaimType, "true"));
        }
        context.SetRendererInfo(new RendererInfo("Server", interactive));
        return context;
    }
}
