using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Features.Sources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Accounts;

/// <summary>Every write (ingest, claim edits, source edits, merges) needs Editor or Admin: in the services, the pages and the API.</summary>
public sealed class WriteAccessTests : IClassFixture<WriteAccessTests.App>, IAsyncLifetime
{
    private const string Article = """
        Border report

        About 4,000 troops were moved to the border, the ministry said on Tuesday.
        """;

    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    private static readonly ClaimsPrincipal Analyst = AccountsApp.Principal("ana", AccountRoles.Analyst);
    private static readonly ClaimsPrincipal Editor = AccountsApp.Principal("eddie", AccountRoles.Editor);

    private readonly App app;

    public WriteAccessTests(App app) => this.app = app;

    /// <summary>One app with an analyst and an editor account besides the configured admin.</summary>
    public sealed class App : IAsyncLifetime
    {
        public AccountsApp Host { get; } = new();

        public async Task InitializeAsync()
        {
            await Host.CreateUserAsync("ana", AccountRoles.Analyst);
            await Host.CreateUserAsync("eddie", AccountRoles.Editor);
        }

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<ClaimTrackerDb> OpenAsync() =>
        app.Host.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();

    [Fact]
    public async Task Ingest_is_refused_for_anonymous_and_analysts_and_recorded_under_the_editors_name()
    {
        var ingest = app.Host.Services.GetRequiredService<IngestService>();
        await using var before = await OpenAsync();
        var count = await before.Articles.CountAsync();

        var anonymous = await ingest.IngestAsync(new IngestRequest { Text = Article, IngestedBy = "editor" }, Anonymous);
        var analyst = await ingest.IngestAsync(new IngestRequest { Text = Article, IngestedBy = "editor" }, Analyst);

        Assert.Equal(IngestOutcome.Forbidden, anonymous.Outcome);
        Assert.Equal(IngestOutcome.Forbidden, analyst.Outcome);
        Assert.Equal(WriteAccess.RefusedMessage, analyst.Message);
        await using (var db = await OpenAsync())
        {
            Assert.Equal(count, await db.Articles.CountAsync());
        }

        // The request's IngestedBy is ignored: the signed-in editor's name is what the store records.
        var editor = await ingest.IngestAsync(new IngestRequest { Text = Article, IngestedBy = "editor" }, Editor);

        Assert.Equal(IngestOutcome.Saved, editor.Outcome);
        await using var after = await OpenAsync();
        Assert.Equal("eddie", await after.Articles.Where(a => a.Id == editor.ArticleId).Select(a => a.IngestedBy).SingleAsync());
    }

    [Fact]
    public async Task Claim_corrections_are_refused_for_analysts_and_saved_under_the_editors_name()
    {
        var correction = app.Host.Services.GetRequiredService<ClaimCorrection>();
        int claimId;
        int version;
        ClaimEdit edit;
        await using (var db = await OpenAsync())
        {
            var claim = await db.Claims.OrderBy(c => c.Id).FirstAsync();
            (claimId, version, edit) = (claim.Id, claim.Version, ClaimEdit.From(claim));
        }
        edit.Subject = "changed by an authorized user";

        var anonymous = await correction.SaveAsync(claimId, version, edit, Anonymous);
        var analyst = await correction.SaveAsync(claimId, version, edit, Analyst);

        Assert.Equal(ClaimSaveOutcome.Forbidden, anonymous.Outcome);
        Assert.Equal(ClaimSaveOutcome.Forbidden, analyst.Outcome);
        await using (var db = await OpenAsync())
        {
            var unchanged = await db.Claims.SingleAsync(c => c.Id == claimId);
            Assert.Equal(version, unchanged.Version);
            Assert.NotEqual(edit.Subject, unchanged.Subject);
        }

        var editor = await correction.SaveAsync(claimId, version, edit, Editor);

        Assert.Equal(ClaimSaveOutcome.Saved, editor.Outcome);
        await using var after = await OpenAsync();
        var saved = await after.Claims.SingleAsync(c => c.Id == claimId);
        Assert.Equal(("changed by an authorized user", "eddie"), (saved.Subject, saved.UpdatedBy));
        Assert.All(await after.AuditEntries.Where(e => e.Entity == "Claim" && e.EntityId == claimId).ToListAsync(), e => Assert.Equal("eddie", e.User));
    }

    [Fact]
    public async Task Source_adds_edits_and_merges_are_refused_for_analysts_and_allowed_for_editors()
    {
        var curation = app.Host.Services.GetRequiredService<SourceCuration>();
        var draft = new SourceDraft { Name = "Access Test Ministry", FullName = "Ministry of Access Tests" };

        var refusedAdd = await curation.AddAsync(draft, Analyst);
        Assert.False(refusedAdd.Succeeded);
        Assert.Equal(WriteAccess.RefusedMessage, refusedAdd.Message);
        await using (var db = await OpenAsync())
        {
            Assert.False(await db.Sources.AnyAsync(s => s.Name == draft.Name));
        }

        var added = await curation.AddAsync(draft, Editor);
        Assert.True(added.Succeeded, added.Message);
        var other = await curation.AddAsync(new SourceDraft { Name = "Access Test Office", FullName = "Office of Access Tests" }, Editor);
        Assert.True(other.Succeeded, other.Message);

        draft.CredibilityNote = "edited";
        Assert.False((await curation.UpdateAsync(added.SourceId!.Value, draft, Analyst)).Succeeded);
        Assert.False((await curation.MergeAsync(other.SourceId!.Value, added.SourceId.Value, Anonymous)).Succeeded);
        await using (var db = await OpenAsync())
        {
            Assert.True(await db.Sources.AnyAsync(s => s.Id == other.SourceId));
            Assert.Null(await db.Sources.Where(s => s.Id == added.SourceId).Select(s => s.CredibilityNote).SingleAsync());
        }

        Assert.True((await curation.UpdateAsync(added.SourceId.Value, draft, Editor)).Succeeded);
        Assert.True((await curation.MergeAsync(other.SourceId.Value, added.SourceId.Value, Editor)).Succeeded);
        await using var after = await OpenAsync();
        Assert.False(await after.Sources.AnyAsync(s => s.Id == other.SourceId));
        var audit = await after.AuditEntries.Where(e => e.Entity == "Source" && e.EntityId == added.SourceId).ToListAsync();
        Assert.NotEmpty(audit);
        Assert.All(audit, e => Assert.Equal("eddie", e.User));
    }

    [Fact]
    public async Task The_ingest_page_sends_strangers_to_sign_in_refuses_analysts_and_opens_for_editors()
    {
        using var anonymous = app.Host.Browser();
        using var analyst = await app.Host.SignedInBrowserAsync("ana", AccountsApp.UserPassword);
        using var editor = await app.Host.SignedInBrowserAsync("eddie", AccountsApp.UserPassword);

        using var strangerPage = await anonymous.GetAsync("/ingest");
        using var analystPage = await analyst.GetAsync("/ingest");
        using var editorPage = await editor.GetAsync("/ingest");

        Assert.Equal(HttpStatusCode.Redirect, strangerPage.StatusCode);
        Assert.StartsWith("/account/signin", strangerPage.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, analystPage.StatusCode);
        Assert.StartsWith("/account/denied", analystPage.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, editorPage.StatusCode);
        Assert.Contains("data-testid=\"ingest-text\"", await editorPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analysts_see_no_write_controls_and_editors_do()
    {
        using var analyst = await app.Host.SignedInBrowserAsync("ana", AccountsApp.UserPassword);
        using var editor = await app.Host.SignedInBrowserAsync("eddie", AccountsApp.UserPassword);
        using var anonymous = app.Host.Browser();

        var analystSources = await analyst.GetStringAsync("/sources");
        var editorSources = await editor.GetStringAsync("/sources");
        var anonymousComparison = await anonymous.GetStringAsync("/");
        var editorComparison = await editor.GetStringAsync("/");

        Assert.DoesNotContain("data-testid=\"source-add\"", analystSources, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"source-edit\"", analystSources, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"source-add\"", editorSources, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"source-edit\"", editorSources, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"edit-claim\"", anonymousComparison, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"nav-ingest\"", anonymousComparison, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"edit-claim\"", editorComparison, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"nav-ingest\"", editorComparison, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_endpoints_answer_401_to_strangers_and_403_to_analysts_and_editors()
    {
        using var anonymous = app.Host.Browser();
        using var analyst = app.Host.Script(await app.Host.CreateTokenAsync("ana"));
        using var editor = app.Host.Script(await app.Host.CreateTokenAsync("eddie"));
        using var admin = app.Host.Script(await app.Host.CreateTokenAsync("admin"));

        using var strangerList = await anonymous.GetAsync("/api/users");
        Assert.Equal(HttpStatusCode.Unauthorized, strangerList.StatusCode);
        Assert.Null(strangerList.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("/api/users", new NewUser("sneaky", AccountRoles.Admin, null))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/users")).StatusCode);

        using var created = await admin.PostAsJsonAsync("/api/users", new NewUser("newcomer", AccountRoles.Editor, null));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<NewUserResult>();
        Assert.NotNull(body?.GeneratedPassword);
        using var newcomer = await app.Host.SignedInBrowserAsync("newcomer", body.GeneratedPassword);
        // A generated password is one-time: the editor replaces it before the ingest page opens.
        Assert.Equal(HttpStatusCode.Redirect, (await newcomer.GetAsync("/ingest")).StatusCode);
        using var changed = await AccountsApp.PostPasswordChangeAsync(newcomer, body.GeneratedPassword, AccountsApp.UserPassword);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync("/ingest")).StatusCode);
        using var scope = app.Host.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>().FindByNameAsync("sneaky"));
    }

    /// <summary>
    /// Whatever write endpoints the API has (this branch's and those added later), each one answers 401 to a
    /// stranger and 403 to an analyst before it looks at the request body.
    /// </summary>
    [Fact]
    public async Task Every_write_endpoint_of_the_api_refuses_strangers_with_401_and_analysts_with_403()
    {
        var writes = app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Where(m => m != "GET" && m != "HEAD")
                .Select(method => (Endpoint: e, Method: method)))
            .ToList();
        Assert.NotEmpty(writes);
        using var anonymous = app.Host.Browser();
        using var analyst = app.Host.Script(await app.Host.CreateTokenAsync("ana", "write probe"));

        foreach (var (endpoint, method) in writes)
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            Assert.True(policies.Contains(AccessPolicies.Write) || policies.Contains(AccessPolicies.Admin),
                $"{method} {endpoint.RoutePattern.RawText} must require the Write or Admin policy.");
            var path = System.Text.RegularExpressions.Regex.Replace(endpoint.RoutePattern.RawText!, "\\{[^}]+\\}", "1");
            using var strangerRequest = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) };
            using var analystRequest = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) };
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(strangerRequest)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await analyst.SendAsync(analystRequest)).StatusCode);
        }
    }
}
