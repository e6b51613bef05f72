using Bunit;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Features.Comparison;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Tests.Features.Accounts;

/// <summary>Readers (analysts, strangers) see the same pages without the controls that change anything.</summary>
public class ReadOnlyViewTests : UiComponentTest
{
    private readonly int claimId;

    public ReadOnlyViewTests()
    {
        var nis = Store.AddSource("NIS");
        var article = Store.AddArticle("Seoul says", "Yonhap", new DateOnly(2024, 10, 18));
        claimId = Store.AddClaim(article, 10000, Qualifier.Approximately, nis);
    }

    private void SignInAsAnalyst()
    {
        Authorization.SetAuthorized("ana");
        Authorization.SetRoles(AccountRoles.Analyst);
        Authorization.SetPolicies(AccessPolicies.Read);
    }

    [Fact]
    public void The_comparison_shows_edit_buttons_to_editors_only()
    {
        RenderProviders();
        var editorView = Render<ComparisonPage>();
        editorView.WaitForAssertion(() => Assert.NotEmpty(editorView.FindAll("[data-testid=claim-figure]")));
        Assert.NotEmpty(editorView.FindAll("[data-testid=edit-claim]"));

        SignInAsAnalyst();
        var analystView = Render<ComparisonPage>();
        analystView.WaitForAssertion(() => Assert.NotEmpty(analystView.FindAll("[data-testid=claim-figure]")));
        Assert.Empty(analystView.FindAll("[data-testid=edit-claim]"));
    }

    [Fact]
    public async Task The_claim_editor_offers_no_save_to_an_analyst_and_nothing_is_saved()
    {
        SignInAsAnalyst();
        RenderProviders();

        var editor = Render<ClaimEditor>(p => p.Add(e => e.ClaimId, claimId));

        editor.WaitForElement("[data-testid=claim-read-only]");
        Assert.Empty(editor.FindAll("[data-testid=claim-save]"));
        Assert.Empty(editor.FindAll("[data-testid=claim-confirm]"));
        await using var db = Store.CreateDbContext();
        Assert.Equal(0, (await db.Claims.SingleAsync(c => c.Id == claimId)).Version);
    }
}
