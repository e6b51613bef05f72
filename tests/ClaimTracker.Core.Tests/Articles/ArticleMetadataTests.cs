using System.Text;
using ClaimTracker.Core.Articles;

namespace ClaimTracker.Core.Tests.Articles;

public sealed class ArticleMetadataTests
{
    private const string Body = "<p>The army said at least 200 fighters had been killed in two days of clashes around the city, a figure the rebels dispute.</p>";
    private readonly ArticleReader _reader = new();

    private ArticleDocument ReadHtml(string head, string body = Body) =>
        _reader.Read(Encoding.UTF8.GetBytes($"<!doctype html><html><head>{head}</head><body><article>{body}</article></body></html>"), "page.html").Document!;

    [Fact]
    public void Open_graph_and_article_meta_give_title_outlet_date_and_author()
    {
        var document = ReadHtml("""
            <meta property="og:title" content="Clashes kill 200">
            <meta property="og:site_name" content="Coastal Herald">
            <meta property="article:published_time" content="2024-02-29T23:30:00-05:00">
            <meta property="article:author" content="https://coastal.example/staff/jo">
            <meta name="author" content="Jo Banda">
            """);

        Assert.Equal("Clashes kill 200", document.Title);
        Assert.Equal("Coastal Herald", document.Outlet);
        // The date as the page wrote it, not moved to UTC (which would make it 1 March).
        Assert.Equal(new DateOnly(2024, 2, 29), document.Published);
        Assert.Equal("Jo Banda", document.Author);
    }

    [Fact]
    public void Twitter_title_is_used_when_there_is_no_open_graph_title()
    {
        var document = ReadHtml("""<meta name="twitter:title" content="Army reports 200 fighters killed"><title>Home page</title>""");

        Assert.Equal("Army reports 200 fighters killed", document.Title);
    }

    [Fact]
    public void Page_title_loses_the_outlet_suffix()
    {
        var document = ReadHtml("""<title>Army reports 200 fighters killed - Coastal Herald</title><meta property="og:site_name" content="Coastal Herald">""");

        Assert.Equal("Army reports 200 fighters killed", document.Title);
    }

    [Fact]
    public void Json_ld_news_article_gives_headline_author_publisher_and_date()
    {
        var document = ReadHtml("""
            <script type="application/ld+json">
            [{"@type":"BreadcrumbList"},{"@type":"NewsArticle","headline":"Rebels dispute toll","datePublished":"2022-10-09",
              "author":{"@type":"Person","name":"Sam Okoye"},"publisher":{"@type":"Organization","name":"Lake Times"}}]
            </script>
            """);

        Assert.Equal("Rebels dispute toll", document.Title);
        Assert.Equal("Sam Okoye", document.Author);
        Assert.Equal("Lake Times", document.Outlet);
        Assert.Equal(new DateOnly(2022, 10, 9), document.Published);
    }

    [Fact]
    public void Malformed_json_ld_is_ignored_with_a_warning()
    {
        var document = ReadHtml("""<script type="application/ld+json">{"@type":"NewsArticle", "headline": </script><title>Toll rises</title>""");

        Assert.Equal("Toll rises", document.Title);
        Assert.Contains(document.Warnings, w => w.Contains("JSON-LD", StringComparison.Ordinal));
    }

    [Fact]
    public void Time_element_gives_the_date_when_meta_has_none()
    {
        var document = ReadHtml("<title>t</title>", """<time datetime="2021-08-15T10:00:00Z">15 August</time>""" + Body);

        Assert.Equal(new DateOnly(2021, 8, 15), document.Published);
        Assert.Equal("2021-08-15T10:00:00Z", document.PublishedText);
    }

    [Fact]
    public void Dateline_without_a_year_gives_month_and_day_but_no_published_date()
    {
        var document = ReadHtml("<title>t</title>",
            "<p>BEIRUT, Oct. 12 (AFP) — At least 30 people were killed in strikes on the south overnight, the health ministry said on Saturday.</p>");

        Assert.Null(document.Published);
        Assert.Equal(10, document.PublishedMonth);
        Assert.Equal(12, document.PublishedDay);
        Assert.Equal("BEIRUT, Oct. 12 (AFP)", document.Dateline);
        Assert.Equal("AFP", document.Outlet);
        Assert.Equal("Beirut", document.Place);
    }

    [Fact]
    public void Dateline_with_a_year_gives_the_published_date()
    {
        var document = _reader.ReadText("Strike toll rises\nKHARTOUM, Sudan, 4 June 2023 (Reuters) - More than 100 civilians were killed in the capital this week, a doctors' union said.").Document!;

        Assert.Equal(new DateOnly(2023, 6, 4), document.Published);
        Assert.Equal("Reuters", document.Outlet);
    }

    [Fact]
    public void Meta_date_wins_over_the_dateline()
    {
        var document = ReadHtml("""<meta property="article:published_time" content="2025-03-05T08:00:00+09:00">""",
            "<p>SEOUL, March 5 (UPI) – North Korean troops in Russia have increased as Pyongyang deploys an additional 3,500 soldiers, lawmakers said.</p>");

        Assert.Equal(new DateOnly(2025, 3, 5), document.Published);
        Assert.Equal("SEOUL, March 5 (UPI)", document.Dateline);
    }

    [Theory]
    [InlineData("WASHINGTON (AP) — The Pentagon said about 900 troops would stay.", "WASHINGTON (AP)", null, null, "AP")]
    [InlineData("KYIV, Ukraine, Feb. 3, 2025 (Reuters) - Officials said.", "KYIV, Ukraine, Feb. 3, 2025 (Reuters)", 2, 3, "Reuters")]
    [InlineData("LONDON, 5 March (Reuters) - Britain said.", "LONDON, 5 March (Reuters)", 3, 5, "Reuters")]
    [InlineData("GAZA CITY, Nov 7 - Residents fled.", "GAZA CITY, Nov 7", 11, 7, null)]
    public void Datelines_are_recognised(string paragraph, string line, int? month, int? day, string? agency)
    {
        var dateline = ArticleDates.FindDateline(paragraph);

        Assert.NotNull(dateline);
        Assert.Equal(line, dateline.Text);
        Assert.Equal(month, dateline.Date?.Month);
        Assert.Equal(day, dateline.Date?.Day);
        Assert.Equal(agency, dateline.Agency);
    }

    [Theory]
    [InlineData("NATO: the alliance will send 300 more officers.")]
    [InlineData("The UN, March 5 - not a dateline because the place is not in capitals.")]
    [InlineData("Officials said 40 people were killed.")]
    public void Ordinary_sentences_are_not_datelines(string paragraph)
    {
        Assert.Null(ArticleDates.FindDateline(paragraph));
    }

    [Theory]
    [InlineData("2025-03-05", 2025, 3, 5)]
    [InlineData("2025-03-05T23:59:00-08:00", 2025, 3, 5)]
    [InlineData("March 5, 2025", 2025, 3, 5)]
    [InlineData("Wednesday, 5 March 2025", 2025, 3, 5)]
    [InlineData("Sept. 30, 2024", 2024, 9, 30)]
    public void Dates_are_parsed_as_written(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), ArticleDates.Parse(text)?.Date);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("yesterday")]
    [InlineData("March 5")]
    public void Incomplete_or_impossible_dates_are_not_published_dates(string text)
    {
        Assert.Null(ArticleDates.Parse(text)?.Date);
    }

    [Fact]
    public void Title_and_outlet_from_metadata_are_stated_not_inferred()
    {
        var document = ReadHtml("""<meta property="og:title" content="Clashes kill 200"><meta property="og:site_name" content="Coastal Herald">""");

        Assert.Equal("Clashes kill 200", document.Title);
        Assert.False(document.TitleInferred);
        Assert.Equal("Coastal Herald", document.Outlet);
        Assert.False(document.OutletInferred);
    }

    [Fact]
    public void A_headline_line_and_a_datelines_agency_in_plain_text_are_inferred()
    {
        var document = _reader.ReadText("Strike toll rises\nKHARTOUM, Sudan, 4 June 2023 (Reuters) - More than 100 civilians were killed in the capital this week, a doctors' union said.").Document!;

        Assert.Equal("Strike toll rises", document.Title);
        Assert.True(document.TitleInferred);
        Assert.Equal("Reuters", document.Outlet);
        Assert.True(document.OutletInferred);
        Assert.Equal("Khartoum", document.Place);
    }

    [Fact]
    public void A_page_without_an_outlet_in_its_metadata_has_the_datelines_agency_as_an_inferred_outlet()
    {
        var document = ReadHtml("""<meta property="og:title" content="Strikes in the south">""",
            "<p>BEIRUT, Oct. 12 (AFP) — At least 30 people were killed in strikes on the south overnight, the health ministry said on Saturday.</p>");

        Assert.False(document.TitleInferred);
        Assert.Equal("AFP", document.Outlet);
        Assert.True(document.OutletInferred);
    }
}
