using System.Text;
using AngleSharp.Html.Parser;
using ClaimTracker.Core.Articles;

namespace ClaimTracker.Core.Tests.Articles;

/// <summary>
/// Pages that do not mark their story with &lt;article&gt;: the block whose own paragraphs hold most of the page's paragraph
/// text is read directly, and SmartReader is left the pages where no single block clearly is the story.
/// </summary>
public sealed class DenseArticleTests
{
    private static readonly string[] Story =
    [
        "Officials said 1,200 residents were moved from the river district on Monday after the embankment gave way in two places.",
        "The regional governor said rescue teams had reached every village on the east bank and that no deaths had been reported so far.",
        "Engineers from the water authority were assessing the damage, which they described as serious but contained for now.",
        "Aid groups said at least 300 families would need shelter for several weeks while the water receded from the lower streets.",
        "Schools in the district will stay closed until Friday, the education office said in a statement published on its website.",
    ];

    private static string Paragraphs(string indent = "") => string.Concat(Story.Select(p => $"{indent}<p>{p}</p>\n"));

    private static List<string>? Dense(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var paragraphs = PageElements.From(document).Paragraphs;
        return HtmlContent.DenseArticle(document, paragraphs, paragraphs.Select(p => p.TextContent.Length).ToArray());
    }

    [Fact]
    public void Story_inside_main_is_found_without_the_sidebar()
    {
        var html = $"""
            <html><head><title>Floods</title></head><body>
            <header class="masthead"><a href="/">Daily Planet</a></header>
            <main><div class="column"><h1>River district evacuated</h1><span class="byline">By A. Writer</span>
            {Paragraphs()}</div>
            <div class="rail"><h3>Most read</h3><ul><li><a href="/a">Markets fall again</a></li><li><a href="/b">Storm warning for the coast</a></li></ul>
            <p>Sign up for our morning briefing.</p></div></main>
            <footer><p>Copyright Daily Planet</p></footer></body></html>
            """;

        var found = Dense(html);

        Assert.NotNull(found);
        Assert.Equal("River district evacuated", found[0]);
        Assert.Equal(Story, found.Where(p => p.Length > 60));
        Assert.DoesNotContain(found, p => p.Contains("Markets fall", StringComparison.Ordinal) || p.Contains("briefing", StringComparison.Ordinal));
    }

    [Fact]
    public void Div_only_layout_with_sidebars_gives_the_story_and_headline()
    {
        var html = $"""
            <html><body><div id="page">
            <div class="top"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></div>
            <div class="left"><p>Weather: 14°C, rain.</p><a href="/topics">Topics</a></div>
            <div class="content"><div class="headline-block"><h1>River district evacuated</h1><div>Monday 3 March</div></div>
            <div class="body">
            {Paragraphs()}</div></div>
            <div class="right"><p>Advertisement</p><div><a href="/x">Five things to know today</a></div></div>
            </div></body></html>
            """;

        var found = Dense(html);

        Assert.NotNull(found);
        Assert.Contains("River district evacuated", found);
        Assert.Equal(Story, found.Where(p => p.Length > 60));
        Assert.DoesNotContain(found, p => p.Contains("Weather", StringComparison.Ordinal) || p.Contains("Advertisement", StringComparison.Ordinal));
    }

    [Fact]
    public void Standfirst_in_a_header_block_before_the_body_is_kept()
    {
        var html = $"""
            <html><body><div class="wrap"><div class="story">
            <div class="story-head"><h1>River district evacuated</h1><p>Water levels are still rising after a night of rain.</p></div>
            <div class="story-body">
            {Paragraphs()}</div></div></div></body></html>
            """;

        var found = Dense(html);

        Assert.NotNull(found);
        Assert.Contains("Water levels are still rising after a night of rain.", found);
        Assert.Equal(Story, found.Where(p => p.Length > 60));
    }

    [Fact]
    public void Story_split_across_blocks_is_left_to_smartreader_and_still_read_whole()
    {
        // Paragraphs cut into two blocks by an inline ad: no single block holds most of the text, so density does not decide.
        var first = string.Concat(Story.Take(3).Select(p => $"<p>{p}</p>"));
        var second = string.Concat(Story.Skip(3).Select(p => $"<p>{p}</p>"));
        var html = $"""
            <html><head><title>River district evacuated</title></head><body><div class="story"><h1>River district evacuated</h1>
            <div class="part">{first}</div><div class="inline-slot"><a href="/ad">Sponsored</a></div><div class="part">{second}</div>
            </div></body></html>
            """;

        Assert.Null(Dense(html));
        var document = new ArticleReader().Read(Encoding.UTF8.GetBytes(html), "split.html").Document!;
        foreach (var paragraph in Story)
        {
            Assert.Contains(paragraph, document.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Short_pages_and_link_lists_are_not_taken_for_a_story()
    {
        Assert.Null(Dense("<html><body><div><p>Just one short line.</p><p>And another.</p></div></body></html>"));
        Assert.Null(Dense($"<html><body><ul><li>{Paragraphs()}</li></ul></body></html>"));
    }
}
