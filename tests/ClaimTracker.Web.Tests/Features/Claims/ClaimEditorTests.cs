using Bunit;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Features.Claims;
using Microsoft.EntityFrameworkCore;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Claims;

public class ClaimEditorTests : UiComponentTest
{
    private readonly int claimId;

    public ClaimEditorTests()
    {
        Store.AddSource("NIS", aliases: ["South Korean intelligence"]);
        Store.AddSource("HUR", aliases: ["Kyrylo Budanov", "Ukrainian military intelligence"]);
        var article = Store.AddArticle("A", "Reuters", new DateOnly(2024, 10, 18));
        claimId = Store.AddClaim(article, 10000, Qualifier.Approximately);
    }

    private IRenderedComponent<ClaimEditor> RenderEditor()
    {
        RenderProviders();
        var editor = Render<ClaimEditor>(p => p.Add(e => e.ClaimId, claimId));
        editor.WaitForElement("[data-testid=claim-save]");
        return editor;
    }

    private static bool Disabled(IRenderedComponent<ClaimEditor> editor, string testId) =>
        editor.Find($"button[data-testid={testId}]").HasAttribute("disabled");

    [Fact]
    public void A_negative_value_shows_its_error_and_disables_saving()
    {
        var editor = RenderEditor();
        Assert.False(Disabled(editor, "claim-save"));

        editor.Find("#claim-value").Input("-5");

        editor.WaitForAssertion(() => Assert.Contains("cannot be negative", editor.Markup, StringComparison.Ordinal));
        Assert.True(Disabled(editor, "claim-save"));
        Assert.True(Disabled(editor, "claim-confirm"));
    }

    [Fact]
    public void Bounds_out_of_order_are_explained_on_the_field()
    {
        var editor = RenderEditor();

        editor.Find("#claim-low").Input("12000");
        editor.Find("#claim-high").Input("11000");

        editor.WaitForAssertion(() => Assert.Contains("The upper bound must not be below the lower bound.", editor.Markup, StringComparison.Ordinal));
        Assert.True(Disabled(editor, "claim-save"));
    }

    [Fact]
    public void An_empty_subject_is_refused()
    {
        var editor = RenderEditor();

        editor.Find("#claim-subject").Input("");

        editor.WaitForAssertion(() => Assert.Contains("Say whose people are counted", editor.Markup, StringComparison.Ordinal));
        Assert.True(Disabled(editor, "claim-save"));
    }

    [Fact]
    public void The_preview_shows_the_figure_as_the_comparison_will()
    {
        var editor = RenderEditor();
        Assert.Equal("≈10,000", editor.Find("[data-testid=claim-preview]").TextContent);

        editor.Find("#claim-value").Input("12500");

        editor.WaitForAssertion(() => Assert.Equal("≈12,500", editor.Find("[data-testid=claim-preview]").TextContent));
    }

    [Fact]
    public async Task Confirming_saves_at_once_and_records_the_change_in_the_history()
    {
        var editor = RenderEditor();

        await editor.Find("button[data-testid=claim-confirm]").ClickAsync(new());

        editor.WaitForAssertion(() => Assert.Single(editor.FindAll("[data-testid=history-entry]")));
        await using var db = Store.CreateDbContext();
        var claim = await db.Claims.SingleAsync(c => c.Id == claimId);
        Assert.Equal(ReviewState.Confirmed, claim.Review);
        Assert.Equal(1, claim.Version);
        Assert.Equal("editor", (await db.AuditEntries.SingleAsync()).User);
    }
}
