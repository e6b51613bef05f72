using Bunit;
using Bunit.TestDoubles;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Features.Comparison;
using ClaimTracker.Web.Features.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace ClaimTracker.Web.Tests.Infrastructure;

/// <summary>
/// A bUnit context with MudBlazor, loose JS interop and a real SQLite store. Disposed asynchronously because
/// MudBlazor's KeyInterceptorService is only IAsyncDisposable.
/// </summary>
public abstract class UiComponentTest : BunitContext, IAsyncLifetime
{
    protected UiTestDatabase Store { get; } = new();

    protected UiComponentTest()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<IDbContextFactory<ClaimTrackerDb>>(Store);
        Services.AddSingleton(TimeProvider.System);
        Services.AddLogging();
        Services.AddSingleton<ComparisonQuery>();
        Services.AddSingleton<ClaimCorrection>();
        Services.AddSingleton<SourceCuration>();
        // What the prerender hands to the interactive render (ComparisonPage persists its page there).
        PersistentState = this.AddBunitPersistentComponentState();
        // Signed in as an editor unless a test says otherwise (Authorization.SetRoles(AccountRoles.Analyst) ...).
        Authorization = AddAuthorization();
        Store.AddUser("editor", AccountRoles.Editor);
        Authorization.SetAuthorized("editor");
        Authorization.SetRoles(AccountRoles.Editor);
        Authorization.SetPolicies(AccessPolicies.Read, AccessPolicies.Write);
    }

    protected BunitAuthorizationContext Authorization { get; }

    protected BunitPersistentComponentState PersistentState { get; }

    /// <summary>Popovers (selects, autocompletes) need their provider in the render tree first.</summary>
    protected void RenderProviders()
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        Store.Dispose();
    }
}
