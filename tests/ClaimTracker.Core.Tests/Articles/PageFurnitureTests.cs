using ClaimTracker.Core.Articles;

namespace ClaimTracker.Core.Tests.Articles;

public sealed class PageFurnitureTests
{
    private const string Title = "Ministry says 2,000 troops moved to the border";
    private const string Body1 = "The defence ministry said on Tuesday that some 2,000 troops had been moved to the border region over the weekend.";
    private const string Body2 = "Analysts said the move was larger than previous rotations and came days after talks between the two governments broke down.";

    private static ArticleDocument Read(params string[] lines) => new ArticleReader().ReadText(string.Join("\n", lines)).Document!;

    [Theory]
    [InlineData("Home News World Politics Business Sport")]
    [InlineData("News All >")]
    [InlineData("Skip to main content")]
    [InlineData("5 min read")]
    [InlineData("12 minute read")]
    [InlineData("Read more: Peace talks stall again")]
    [InlineData("READ ALSO: Who controls the bridge?")]
    [InlineData("Subscribe to our Telegram channel!")]
    [InlineData("Sign up for our morning newsletter")]
    [InlineData("Share Facebook Twitter WhatsApp Email")]
    [InlineData("Advertisement")]
    [InlineData("Photo: Reuters/John Smith")]
    [InlineData("Soldiers at a checkpoint / Getty Images")]
    [InlineData("Copyright © 2024 Example Media. All rights reserved.")]
    [InlineData("© 2025 Lake Times")]
    [InlineData("The comments posted here are not from Example News. Please be civil.")]
    [InlineData("Comments are moderated and may take a while to appear.")]
    [InlineData("This material may not be published, broadcast, rewritten or redistributed.")]
    [InlineData("We use cookies to give you the best experience on our site.")]
    [InlineData("Found a typo? Select it and press Ctrl+Enter")]
    [InlineData("Editor Dmitry Petrov")]
    [InlineData("#")]
    [InlineData("* * *")]
    public void Furniture_lines_are_removed_and_body_is_kept(string furniture)
    {
        var document = Read(Title, furniture, Body1, Body2);

        Assert.Equal([Title, Body1, Body2], document.Paragraphs);
    }

    [Fact]
    public void Byline_and_date_line_become_metadata()
    {
        var document = Read(Title, "By Rachel Stone", "Published: 9 October 2023, 14:20", Body1, Body2);

        Assert.Equal([Title, Body1, Body2], document.Paragraphs);
        Assert.Equal("Rachel Stone", document.Author);
        Assert.Equal(new DateOnly(2023, 10, 9), document.Published);
    }

    [Fact]
    public void Copyright_line_names_the_outlet()
    {
        Assert.Equal("Lake Times", Read(Title, Body1, "© 2025 Lake Times. All rights reserved.").Outlet);
    }

    [Fact]
    public void Related_list_is_removed_up_to_the_next_prose_paragraph()
    {
        var document = Read(Title, Body1, "RELATED", "- Troops killed in ambush, 40 dead", "Army recruits 5,000 more soldiers", Body2);

        Assert.Equal([Title, Body1, Body2], document.Paragraphs);
    }

    [Theory]
    [InlineData("Most read")]
    [InlineData("More stories")]
    [InlineData("You may also like:")]
    [InlineData("Now reading")]
    [InlineData("Latest news")]
    public void Other_story_list_headings_start_a_removed_list(string heading)
    {
        var document = Read(Title, Body1, Body2, heading, "Rebels claim 300 soldiers captured", "Markets slide as rate fears return");

        Assert.Equal([Title, Body1, Body2], document.Paragraphs);
    }

    [Fact]
    public void Headline_repeats_and_captions_quoting_it_are_removed()
    {
        var document = Read(Title, Title, "Troops at the border / screenshot from video", Body1,
            "Troops at the border / screenshot from video", "Border troops Example News " + Title, Body2);

        Assert.Equal([Title, Body1, Body2], document.Paragraphs);
    }

    [Fact]
    public void Short_caption_lines_that_repeat_are_removed()
    {
        var document = Read(Title, "Flag of the republic", Body1, "Flag of the republic", Body2);

        Assert.Equal([Title, Body1, Body2], document.Paragraphs);
    }

    [Theory]
    [InlineData("Thousands subscribe to the view that the 2,000 troops moved to the border are a prelude to an offensive, analysts said.")]
    [InlineData("Related fighting in the north killed at least 45 soldiers and 12 civilians on Monday, the regional governor said.")]
    [InlineData("By the end of the week, about 600 soldiers had arrived, according to local officials.")]
    [InlineData("Copyright disputes aside, the ministry said 50 engineers were sent to repair the bridge.")]
    [InlineData("Photo evidence reviewed by analysts shows at least 30 armoured vehicles and hundreds of troops near the town.")]
    [InlineData("Share prices fell after the army said 1,200 reservists would be called up next month.")]
    [InlineData("More than 1,000 troops arrived overnight, the ministry said.")]
    [InlineData("World leaders condemned the attack, in which 17 people were killed.")]
    public void Prose_that_starts_like_furniture_is_kept(string sentence)
    {
        var document = Read(Title, Body1, sentence, Body2);

        Assert.Contains(sentence, document.Paragraphs);
    }

    [Fact]
    public void Subheadings_are_kept()
    {
        var document = Read(Title, Body1, "Heavy casualties on both sides", Body2);

        Assert.Contains("Heavy casualties on both sides", document.Paragraphs);
    }

    [Fact]
    public void A_quote_repeated_in_the_text_is_kept_when_it_is_prose()
    {
        const string quote = "“We will not retreat, and we have more than 5,000 volunteers ready,” the commander said.";
        var document = Read(Title, quote, Body1, quote, Body2);

        Assert.Equal(2, document.Paragraphs.Count(p => p == quote));
    }

    [Fact]
    public void Title_is_the_first_line_that_is_not_furniture()
    {
        var document = Read("Home News World", "#", Title, Body1);

        Assert.Equal(Title, document.Title);
        Assert.Equal(Title, document.Paragraphs[0]);
    }

    [Fact]
    public void Hard_wrapped_lines_are_joined_into_paragraphs()
    {
        var document = Read(Title, "", "The ministry said that some 2,000 troops had", "been moved to the border.", "", Body2);

        Assert.Equal([Title, "The ministry said that some 2,000 troops had been moved to the border.", Body2], document.Paragraphs);
    }

    [Fact]
    public void Html_fallback_takes_the_body_text_blocks_without_chrome()
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Articles", "html-news-page", "input.html"));
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var blocks = HtmlContent.BodyBlocks(document);

        Assert.Contains(blocks, b => b.StartsWith("Renewed fighting around El Fasher", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.StartsWith("Doctors Without Borders", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, b => b.Contains("cookies", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, b => b.Contains("Markets slide", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, b => b.Contains("Aid convoys blocked", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, b => b.Contains("Privacy", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, b => b.Contains("dataLayer", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, b => b.Contains("Displaced families at a camp", StringComparison.Ordinal));
    }

    [Fact]
    public void Page_whose_article_cannot_be_found_still_gives_its_paragraphs_with_a_warning()
    {
        // Only list items and table cells: nothing SmartReader scores as an article.
        const string html = """
            <html><head><title>Casualty figures</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <ul><li>Ministry: 120 soldiers killed in the week to Sunday, according to the daily bulletin</li></ul>
            <footer>© 2024 Figures Weekly</footer></body></html>
            """;

        var result = new ArticleReader().ReadText(html);

        Assert.True(result.Succeeded, result.ErrorMessage);
        Assert.Contains("120 soldiers killed", result.Document!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", result.Document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_live_pages_entry_stamps_stay_as_entry_boundaries()
    {
        const string Heading = "Governor: shelling toll in the port rises to 12";
        const string Entry = "The regional governor said 12 people had now died after the overnight shelling of the port district.";
        var document = Read("LIVE: Shelling hits port city", Body1, "4 Mar 2024 18:05 GMT", Heading, Entry, "4 Mar 2024 16:40 GMT", Title, Body2);

        Assert.Equal(["LIVE: Shelling hits port city", Body1, "4 Mar 2024 18:05 GMT", Heading, Entry, "4 Mar 2024 16:40 GMT", Title, Body2], document.Paragraphs);
        Assert.Equal(new DateOnly(2024, 3, 4), document.Published);
    }

    [Fact]
    public void A_pages_own_published_and_updated_lines_are_no_entry_stamps()
    {
        var document = Read(Title, "Published 4 Mar 2024 09:10 GMT", "Updated 4 Mar 2024 11:30 GMT", Body1, Body2);

        Assert.Equal([Title, Body1, Body2], document.Paragraphs);
    }

    [Fact]
    public void A_caption_with_a_counted_figure_keeps_its_text_without_the_credit()
    {
        var document = Read(Title, Body1, "Photo: Rescuers dig through a collapsed school in the valley. The district clinic said 9 pupils were hurt. Pic: AFP", Body2);

        Assert.Equal([Title, Body1, "Rescuers dig through a collapsed school in the valley. The district clinic said 9 pupils were hurt.", Body2], document.Paragraphs);
    }

    [Theory]
    [InlineData("Image: A soldier checks papers at the crossing near the river")]
    [InlineData("Photo: Smoke over the harbour on 12 March 2024 / Reuters")]
    public void A_caption_without_a_counted_figure_is_removed(string caption)
    {
        var document = Read(Title, Body1, caption, Body2);

        Assert.Equal([Title, Body1, Body2], document.Paragraphs);
    }

    [Fact]
    public void A_section_label_opening_the_page_leaves_the_headline_under_it()
    {
        const string Subheadline = "Reservists called up in three provinces";
        var document = Read("Top Stories", Title, Subheadline, Body1, Body2);

        Assert.Equal(Title, document.Title);
        Assert.Equal([Title, Subheadline, Body1, Body2], document.Paragraphs);
    }

    [Fact]
    public void A_list_of_other_stories_opening_the_page_is_still_removed()
    {
        var document = Read("Top Stories", "Floods close the coastal road", "Talks resume in the capital", "Grain prices fall again", Body1, Body2);

        Assert.Equal([Body1, Body2], document.Paragraphs);
    }
}
