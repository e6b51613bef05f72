using ClaimTracker.Web.Features.Articles;

namespace ClaimTracker.Web.Tests.Features.Articles;

public class ClaimHighlightsTests
{
    private const string Text = "About 11,000 troops arrived. Later 3,000 more came.";

    [Fact]
    public void Claims_split_the_text_at_their_offsets()
    {
        var segments = ClaimHighlights.Split(Text, [new ClaimAnchor(7, 35, 40, "3,000"), new ClaimAnchor(5, 6, 12, "11,000")]);

        Assert.Equal(Text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal([(string?)"11,000", "3,000"], segments.Where(s => s.ClaimId is not null).Select(s => s.Text));
        Assert.Equal([5, 7], segments.Where(s => s.ClaimId is not null).Select(s => s.ClaimId!.Value));
    }

    [Fact]
    public void Stale_offsets_are_re_anchored_by_prefix_and_suffix()
    {
        var edited = "Update: " + Text;

        var segments = ClaimHighlights.Split(edited, [new ClaimAnchor(1, 35, 40, "3,000", "Later ", " more")]);

        Assert.Equal("3,000", Assert.Single(segments, s => s.ClaimId == 1).Text);
        Assert.Equal(edited, string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void Overlapping_and_missing_claims_are_left_unhighlighted()
    {
        var segments = ClaimHighlights.Split(Text, [new ClaimAnchor(1, 6, 12, "11,000"), new ClaimAnchor(2, 6, 12, "11,000"), new ClaimAnchor(3, 90, 95, "40,000")]);

        Assert.Equal(1, Assert.Single(segments, s => s.ClaimId is not null).ClaimId);
        Assert.Equal(Text, string.Concat(segments.Select(s => s.Text)));
    }
}
