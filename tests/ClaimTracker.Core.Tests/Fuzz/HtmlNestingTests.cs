using ClaimTracker.Core.Articles;

namespace ClaimTracker.Core.Tests.Fuzz;

public sealed class HtmlNestingTests
{
    [Fact]
    public void Nested_divs_past_the_cap_are_too_deep_and_refused_fast()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 9000)) + "<p>10,000 troops arrived.</p></body></html>";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = new ArticleReader().Read(System.Text.Encoding.UTF8.GetBytes(html), "page.html");

        Assert.True(HtmlNesting.TooDeep(html));
        Assert.Equal(ArticleReadError.NoText, result.Error);
        Assert.Contains("128", result.ErrorMessage, StringComparison.Ordinal);
        Assert.True(watch.ElapsedMilliseconds < 1000, $"{watch.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData(127, false)]
    [InlineData(129, true)]
    public void The_cap_is_128_open_elements(int depth, bool tooDeep) =>
        Assert.Equal(tooDeep, HtmlNesting.TooDeep(string.Concat(Enumerable.Repeat("<span class=\"x\">", depth))));

    [Fact]
    public void Closed_void_implied_and_raw_text_elements_do_not_add_depth()
    {
        var page = string.Concat(Enumerable.Repeat("<div><p>One<br><img src=x><li>two<td>three</div><!-- <div><div> --><script>if (a<b) { x = '<div>'; }</script><hr/>", 5000));
        Assert.False(HtmlNesting.TooDeep(page));
    }

    [Fact]
    public void Unclosed_formatting_elements_count()
    {
        Assert.True(HtmlNesting.TooDeep(string.Concat(Enumerable.Repeat("<b><i>", 70))));
    }

    [Fact]
    public void A_real_page_reads_as_before()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "Articles");
        foreach (var file in Directory.EnumerateFiles(folder, "input.html", SearchOption.AllDirectories))
        {
            Assert.False(HtmlNesting.TooDeep(File.ReadAllText(file)), file);
        }
    }
}
