using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ContinuedEventSpeakerTests
{
    private const string OtherSide = "Hezbollah said on Friday that its fighters had fired rockets at a base near the border.\n\n";

    [Theory]
    [InlineData("Later, three paramedics were killed when a strike hit their ambulance. Another seven people were wounded, Lebanon's health ministry said.")]
    [InlineData("Later, three paramedics were killed when a strike hit their ambulance. The vehicle was marked. Seven other people were wounded, Lebanon's health ministry said.")]
    [InlineData("Later, three paramedics were killed when a strike hit their ambulance. More than seven others were wounded, Lebanon's health ministry said.")]
    [InlineData("Later, three people were killed when a strike hit their car. Two paramedics were among the dead, Lebanon's health ministry said.")]
    [InlineData("Later, three people were killed when a strike hit their car. Among the dead were two paramedics, Lebanon's health ministry said.")]
    public void A_frame_closing_the_events_later_count_credits_the_figure_before_it(string paragraph)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(OtherSide + paragraph, null), c => c.Value == 3);
        Assert.Equal("Lebanese Health Ministry", claim.Source);
    }

    // The rule reads only a count that goes on with the event ("another", "other", "more"), and only the first later
    // sentence with a frame: one naming no figure of the event stops it.
    [Theory]
    [InlineData("Later, three paramedics were killed when a strike hit their ambulance. Seven people were wounded, Lebanon's health ministry said.")]
    [InlineData("Later, three paramedics were killed when a strike hit their ambulance. The army said it was looking into it. Another seven people were wounded, Lebanon's health ministry said.")]
    public void A_count_that_does_not_go_on_with_the_event_gives_nothing_back(string paragraph)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(OtherSide + paragraph, null), c => c.Value == 3);
        Assert.NotEqual("Lebanese Health Ministry", claim.Source);
    }
}
