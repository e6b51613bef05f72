using System.Diagnostics;
using System.Text;
using ClaimTracker.Core.Articles;

namespace ClaimTracker.Core.Tests.Articles;

/// <summary>HTML whose parse costs far more than its size: refused up front, or stopped by the time budget.</summary>
public sealed class HtmlCostTests
{
    private const string Story = "<p>The ministry said 400 soldiers were killed near the border on Monday, officials confirmed.</p>";

    private static string Page(string body) => $"<html><head><title>Border report</title></head><body><article>{Story}{body}</article></body></html>";

    private static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();

    [Fact]
    public void A_megabyte_of_misnested_formatting_tags_is_refused_quickly_as_too_expensive()
    {
        var html = Repeat("<b><i>x</b></i>", 1024 * 1024 / 15);

        var watch = Stopwatch.StartNew();
        var result = new ArticleReader().Read(Encoding.UTF8.GetBytes(html), "page.html");
        watch.Stop();

        Assert.Equal(ArticleReadError.TooExpensive, result.Error);
        Assert.StartsWith("This HTML is too expensive to read", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("out of order", result.ErrorMessage, StringComparison.Ordinal);
        // The parse itself took 29 s; the pre-scan is one pass over the markup.
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Nested_links_count_as_misnested_too()
    {
        var result = new ArticleReader().ReadText(Page(Repeat("<a href=\"/x\">one <a href=\"/y\">two</a></a>", 1500)));

        Assert.Equal(ArticleReadError.TooExpensive, result.Error);
    }

    [Fact]
    public void Five_megabytes_of_unclosed_paragraphs_are_refused_as_too_many_elements()
    {
        var html = Repeat("<p>", 5 * 1024 * 1024 / 3 - 10);

        var result = new ArticleReader().ReadText(html);

        Assert.Equal(ArticleReadError.TooExpensive, result.Error);
        Assert.Contains("elements", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_a_few_misnested_tags_is_read()
    {
        var result = new ArticleReader().ReadText(Page(Repeat("<p>Witnesses <b><i>said</b></i> the column was long.</p>", 40)));

        Assert.Null(result.Error);
        Assert.Contains("400 soldiers were killed", result.Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Formatting_inside_scripts_and_comments_is_not_counted()
    {
        var noise = Repeat("<b><i>x</b></i>", 3000);
        // A generous time budget: this asserts what the cost count skips, and a loaded machine must not turn it into a timeout.
        var reader = new ArticleReader(new ArticleReaderOptions { MaxHtmlReadTime = TimeSpan.FromMinutes(1) });
        var result = reader.ReadText(Page($"<script>var s = '{noise}';</script><!-- {noise} -->"));

        Assert.Null(result.Error);
        Assert.Contains("400 soldiers were killed", result.Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_outruns_the_time_budget_is_refused_as_too_expensive()
    {
        var reader = new ArticleReader(new ArticleReaderOptions { MaxHtmlReadTime = TimeSpan.FromTicks(1) });

        var result = reader.ReadText(Page(Repeat("<p>Troops moved <b>north</i> at dawn.</p>", 50)));

        Assert.Equal(ArticleReadError.TooExpensive, result.Error);
        Assert.Contains("still being read after", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Null(result.Document);
    }

    [Fact]
    public void A_page_with_more_paragraphs_than_the_main_content_finder_takes_is_read_from_its_paragraphs()
    {
        // No <article> and no dense block: before the limit, SmartReader would have been asked, for seconds.
        var html = $"<html><body>{Story}{Repeat("<p>x", HtmlContent.MaxMainContentParagraphs + 500)}</body></html>";

        var watch = Stopwatch.StartNew();
        var result = new ArticleReader().ReadText(html);
        watch.Stop();

        Assert.Null(result.Error);
        Assert.Contains("400 soldiers were killed", result.Document!.Text, StringComparison.Ordinal);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void The_nesting_scan_still_skips_scripts()
    {
        var html = Page(Repeat("<script>var x = '<div>';</script>", HtmlNesting.MaxDepth * 2));

        Assert.False(HtmlNesting.TooDeep(html));
        Assert.True(HtmlNesting.TooDeep(Page(Repeat("<div>", HtmlNesting.MaxDepth + 1))));
    }
}
