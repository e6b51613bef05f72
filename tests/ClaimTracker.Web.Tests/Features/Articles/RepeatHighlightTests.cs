using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Articles;

/// <summary>The article page (as the server renders it) highlights a claim where the body states it and where the headline repeats it.</summary>
public sealed partial class RepeatHighlightTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    [Fact]
    public async Task Every_statement_of_a_claim_is_highlighted_once_as_the_claim_and_then_as_repeats()
    {
        using var editor = await EditorClient.CreateAsync(app);
        using var posted = await editor.PostAsJsonAsync("/api/articles", new
        {
            title = "Repeat highlight",
            text = """
                Pyongyang sends 7,400 troops to the front

                North Korea has sent 7,400 troops to the front in Kursk, South Korea's spy agency said on Friday.
                """,
        });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var articleId = int.Parse(posted.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        int claimId;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync())
        {
            var claim = await db.Claims.Include(c => c.Mentions).SingleAsync(c => c.ArticleId == articleId && c.Value == 7400);
            Assert.Single(claim.Mentions);
            claimId = claim.Id;
        }

        var html = await editor.GetStringAsync(new Uri($"/articles/{articleId}", UriKind.Relative));

        var marks = Mark().Matches(html).Where(m => m.Value.Contains($"data-claim-id=\"{claimId}\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, marks.Count);
        Assert.Single(marks, m => m.Value.Contains("data-repeat=\"true\"", StringComparison.Ordinal));
        Assert.Single(marks, m => m.Value.Contains($"id=\"claim-{claimId}\"", StringComparison.Ordinal));
    }

    [GeneratedRegex("<mark [^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Mark();
}
