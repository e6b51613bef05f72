using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="HeadlinesBullet"/>: a headline's toll with no speaker takes the speaker the page's own summary bullet gives
/// the same figure, when the body has moved on to a later count; and a headline restating a prose bullet takes the
/// speaker that bullet took from the body (the bullets are read first in <c>HeadingSource</c>).
/// </summary>
public sealed class HeadlinesBulletTests
{
    private const string Page = "LIVE: El Fasher death toll tops 2,000 as floods kill over 60\n\n"
        + "Key points\n- El Fasher death toll passes 2,000, Sudan's health ministry says\n- More than 60 killed in floods across the north\n\n"
        + "15:10\nToll updated\nA spokesman for Sudan's health ministry told reporters in Port Sudan that 2,041 people had now been killed in the city.\n\n"
        + "09:30\nFloods in the north\nMore than 60 people were killed when floods swept through villages in the north, Sudan's health ministry said.";

    [Fact]
    public void A_headline_toll_takes_the_speaker_its_summary_bullet_names()
    {
        var headline = OnHeadline(new ClaimExtractor().Extract(Page, null), 2000);
        Assert.Equal("Sudanese Health Ministry", headline.Source);
    }

    [Fact]
    public void A_headline_restating_a_prose_bullet_takes_the_speaker_the_bullet_took_from_the_body()
    {
        var headline = OnHeadline(new ClaimExtractor().Extract(Page, null), 60);
        Assert.Equal("Sudanese Health Ministry", headline.Source);
    }

    [Fact]
    public void A_bullet_naming_a_country_alone_lends_the_headline_nothing()
    {
        const string page = "Live: 300 soldiers lost in a week of fighting\n\nIn brief\n- Moscow says 300 Ukrainian soldiers killed this week\n- Shelling continues in the east\n\n"
            + "10:00\nFront line\nShelling continued along the eastern front on Tuesday, with no new figures given.";
        var headline = OnHeadline(new ClaimExtractor().Extract(page, null), 300);
        Assert.Null(headline.Source);
    }

    private static ExtractedClaim OnHeadline(IReadOnlyList<ExtractedClaim> claims, int value)
    {
        var found = claims.FirstOrDefault(c => c.Value == value && (c.Quote.StartsWith("LIVE:", StringComparison.OrdinalIgnoreCase)
            || c.Mentions.Any(m => m.Quote.StartsWith("LIVE:", StringComparison.OrdinalIgnoreCase))));
        Assert.True(found is not null, string.Join(" | ", claims.Select(c => $"{c.Value} {c.Source} {c.Quote}")));
        return found;
    }
}
