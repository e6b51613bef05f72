using ClaimTracker.Web.Components;
using ClaimTracker.Web.Hosting;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

// MudBlazor's _content/ and blazor.web.js are served from the build output in every environment, not only Development.
builder.WebHost.UseStaticWebAssets();

builder.AddClaimTrackerThreadPool();
builder.AddClaimTrackerLogging();
builder.AddClaimTrackerSecurity();
builder.Services.AddClaimTrackerStore(builder.Environment.ContentRootPath);
builder.Services.AddClaimTrackerUrlIngest();
builder.Services.AddClaimTrackerFeeds();
builder.Services.AddClaimTrackerSeeding();
builder.Services.AddClaimTrackerDataProtection();
builder.Services.AddClaimTrackerHealthChecks();
builder.Services.AddClaimTrackerErrorHandling();
builder.Services.AddClaimTrackerAccounts();
builder.Services.AddClaimTrackerApi();
builder.Services.AddClaimTrackerStoreReadCache();
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents()
    // The circuit's first message carries the prerendered comparison page (ComparisonSnapshot.MaxBytes, data-protected
    // and base64-encoded): SignalR's default 32 KB would refuse a full page of rows and leave the page dead.
    .AddHubOptions(o => o.MaximumReceiveMessageSize = 160 * 1024);
builder.Services.AddMudServices();
builder.Services.AddClaimTrackerUi();

var app = builder.Build();

// Migrate, load the source registry and import the seeds before the first request is served.
await app.PrepareClaimTrackerStoreAsync();

app.UseClaimTrackerSecurityHeaders();
app.UseClaimTrackerRequestLogging();
app.UseClaimTrackerErrorHandling();
// Routing after the status-code pages, so a re-executed /not-found is routed to its page.
app.UseRouting();
app.UseClaimTrackerAccounts();
app.UseClaimTrackerStoreReadCache();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapClaimTrackerHealthChecks();
app.MapClaimTrackerApi();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
