using AngleSharp.Dom;
using ClaimTracker.Core.Articles;

namespace ClaimTracker.Core.Tests.Articles;

public sealed class HtmlContentTests
{
    [Fact]
    public void Text_length_equals_the_length_of_the_text_content_of_every_element()
    {
        var pages = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "Articles"), "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        var elements = 0;
        foreach (var page in pages)
        {
            using var document = HtmlContent.Parser.ParseDocument(File.ReadAllText(page));
            foreach (var element in document.All)
            {
                Assert.Equal(element.TextContent.Length, HtmlContent.TextLength(element));
                elements++;
            }
        }
        Assert.True(elements > 100, $"Only {elements} elements compared.");
    }

    [Fact]
    public void Text_length_of_a_deeply_nested_element_does_not_overflow_the_stack()
    {
        const int depth = 20_000;
        var html = string.Concat(Enumerable.Repeat("<span>a", depth)) + string.Concat(Enumerable.Repeat("</span>", depth));
        using var document = HtmlContent.Parser.ParseDocument(html);

        Assert.Equal(depth, HtmlContent.TextLength(document.Body!));
    }

    [Fact]
    public void The_parser_is_one_per_thread()
    {
        var here = HtmlContent.Parser;
        AngleSharp.Html.Parser.HtmlParser? elsewhere = null;
        var thread = new Thread(() => elsewhere = HtmlContent.Parser);
        thread.Start();
        thread.Join();

        Assert.Same(here, HtmlContent.Parser);
        Assert.NotSame(here, elsewhere);
    }

    [Fact]
    public void One_walk_finds_the_same_elements_as_the_selector_queries()
    {
        var pages = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "Articles"), "*.html", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .Append("<html><body><article><p>a</p><div itemprop=articleBody><p>b</p></div></article><p>c<p>d<article><p>e</article></body></html>")
            .ToList();
        var paragraphs = 0;
        foreach (var html in pages)
        {
            using var document = HtmlContent.Parser.ParseDocument(html);
            var page = PageElements.From(document);
            Assert.Equal(document.QuerySelectorAll("p"), page.Paragraphs);
            Assert.Equal(document.QuerySelectorAll("article"), page.Articles);
            Assert.Equal(document.QuerySelectorAll("[itemprop=articleBody]"), page.ArticleBodies);
            paragraphs += page.Paragraphs.Count;
        }
        Assert.True(paragraphs > 20, $"Only {paragraphs} paragraphs compared.");
    }
}
