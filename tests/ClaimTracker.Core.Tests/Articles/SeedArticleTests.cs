using ClaimTracker.Core.Articles;

namespace ClaimTracker.Core.Tests.Articles;

/// <summary>The five seed articles (plain text copied from web pages): body kept whole, furniture gone.</summary>
public sealed class SeedArticleTests
{
    private static ArticleDocument ReadSeed(string prefix)
    {
        var file = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "Seeds"), prefix + "_*.txt").Single();
        var result = new ArticleReader().Read(File.ReadAllBytes(file), Path.GetFileName(file));
        Assert.True(result.Succeeded, result.ErrorMessage);
        return result.Document!;
    }

    [Theory]
    [InlineData("000", "North Korea has already deployed approximately 10,000 of its soldiers to Russia since September, with an additional 5,000 expected to follow")]
    [InlineData("000", "around 1,000 North Korean engineers had been sent")]
    [InlineData("000", "“For them, death in battle was preferable to capture,” he observed.")]
    [InlineData("001", "with thousands more expected to arrive soon")]
    [InlineData("001", "the first wave of reinforcements will consist of about 1,200 North Korean troops")]
    [InlineData("001", "could pave the way for more direct military involvement in the future.")]
    [InlineData("002", "SEOUL, March 5 (UPI) – North Korean troops in Russia have increased")]
    [InlineData("002", "Ukrainian defense officials estimate around 400 have been killed, while 3,600 have been wounded. Among them, 300 have already been returned to the battlefield.")]
    [InlineData("002", "concerns over regional security and international military dynamics are intensifying.")]
    [InlineData("003", "which has reportedly faced over 600,000 casualties since the beginning of the conflict in February 2022")]
    [InlineData("003", "could have far-reaching consequences for global security and diplomatic relations.")]
    [InlineData("004", "North Korea has reportedly deployed 10,000 soldiers to train in Russia")]
    [InlineData("004", "over 600,000 Russian troops have been killed or wounded since the war began in 2022")]
    [InlineData("004", "stressing the implications for regional stability.")]
    public void Body_text_is_kept(string seed, string quote)
    {
        Assert.Contains(quote, ReadSeed(seed).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000", "Subscribe to Pravda.Ru")]
    [InlineData("000", "68th Division")]
    [InlineData("000", "11th Corps")]
    [InlineData("000", "Dick Cheney Dies Aged 84")]
    [InlineData("000", "Copyright")]
    [InlineData("000", "When reproducing our materials")]
    [InlineData("000", "Ctrl+Enter")]
    [InlineData("000", "World Russia Society")]
    [InlineData("000", "Photo: flickr.com")]
    [InlineData("000", "DPRK flag")]
    [InlineData("001", "Read more:")]
    [InlineData("001", "screenshot from video")]
    [InlineData("001", "Type-75")]
    [InlineData("002", "3 min read")]
    [InlineData("002", "RELATED")]
    [InlineData("002", "$1.5 Billion")]
    [InlineData("003", "comments posted here")]
    public void Furniture_is_removed(string seed, string furniture)
    {
        Assert.DoesNotContain(furniture, ReadSeed(seed).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000", "North Korea Sends 10,000 Troops to Russia as Military Cooperation Deepens")]
    [InlineData("001", "North Korea Sends 11,000 Troops to russia, Another 6,000 Are Expected")]
    [InlineData("002", "North Korean Troops in Russia Increase Amid Ongoing War")]
    [InlineData("003", "3,000 North Korean Soldiers Reportedly Deployed to Support Russia")]
    public void Headline_is_the_title_and_appears_once(string seed, string headline)
    {
        var document = ReadSeed(seed);

        Assert.Equal(headline, document.Title);
        Assert.Single(document.Paragraphs, p => p.Contains(headline, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Upi_dateline_gives_outlet_and_month_day_without_a_year()
    {
        var document = ReadSeed("002");

        Assert.Equal("UPI", document.Outlet);
        Assert.Equal("SEOUL, March 5 (UPI)", document.Dateline);
        Assert.Equal((3, 5), (document.PublishedMonth, document.PublishedDay));
        Assert.Null(document.Published);
    }

    [Fact]
    public void Pravda_byline_and_copyright_give_author_and_outlet()
    {
        var document = ReadSeed("000");

        Assert.Equal("Petr Ermilin", document.Author);
        Assert.Equal("PRAVDA.Ru", document.Outlet);
    }
}
