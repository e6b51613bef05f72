using System.Text;
using ClaimTracker.Core.Articles;

namespace ClaimTracker.Core.Tests.Articles;

/// <summary>A story marked with &lt;article&gt; is read directly; the same story in a plain &lt;div&gt; is found by SmartReader. Both give the body.</summary>
public sealed class ArticlePathTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Articles", "html-news-page", "input.html"));

    [Fact]
    public void Marked_article_and_smartreader_paths_give_the_same_body()
    {
        var reader = new ArticleReader();
        var unmarked = Page.Replace("<article class=\"story\">", "<div class=\"story\">", StringComparison.Ordinal)
            .Replace("</article>", "</div>", StringComparison.Ordinal);
        Assert.DoesNotContain("<article", unmarked, StringComparison.Ordinal);

        var direct = reader.Read(Encoding.UTF8.GetBytes(Page), "a.html").Document!;
        var found = reader.Read(Encoding.UTF8.GetBytes(unmarked), "b.html").Document!;

        Assert.Equal(direct.Text, found.Text);
        Assert.Equal(6, direct.Paragraphs.Count);
    }

    [Fact]
    public void Page_with_several_articles_is_left_to_smartreader()
    {
        // Teasers marked as <article> around the story: no single marked story, yet the body is found and teasers dropped.
        var teasers = Page.Replace("<aside class=\"sidebar most-read\">",
            "<section class=\"more\"><article><h3>Other story</h3><p>Teaser text about markets.</p></article><article><p>Another teaser.</p></article></section><aside class=\"sidebar most-read\">",
            StringComparison.Ordinal);

        var document = new ArticleReader().Read(Encoding.UTF8.GetBytes(teasers), "c.html").Document!;

        Assert.Contains("Renewed fighting around El Fasher", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Teaser text", document.Text, StringComparison.Ordinal);
    }
}
