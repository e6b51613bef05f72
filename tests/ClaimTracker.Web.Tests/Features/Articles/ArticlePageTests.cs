using System.Net;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Articles;

public sealed class ArticlePageTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    [Fact]
    public async Task Uploaded_html_in_an_original_is_shown_as_text_never_as_markup()
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>();
        int id;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var article = new ClaimTracker.Store.Articles.Article
            {
                Title = "Scripted",
                Original = "<p>Hello</p><script>alert('x')</script>",
                Text = "Hello",
                ContentHash = new string('f', 64),
                Format = ClaimTracker.Core.Articles.ArticleFormat.Html,
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            id = article.Id;
        }

        using var client = app.CreateClient();
        var raw = await client.GetStringAsync(new Uri($"/articles/{id}", UriKind.Relative));

        Assert.DoesNotContain("<script>alert", raw, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", raw, StringComparison.Ordinal);
    }
}
