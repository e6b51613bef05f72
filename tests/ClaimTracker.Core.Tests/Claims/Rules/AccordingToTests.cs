using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class AccordingToTests
{
    [Theory]
    [InlineData("About 900 soldiers died, according to the Pentagon.", "the Pentagon")]
    [InlineData("According to Ukraine's General Staff, 1,100 troops were lost.", "Ukraine's General Staff")]
    [InlineData("More than 88,000 were wounded, according to the health ministry in the Hamas-run territory.", "the health ministry in the Hamas-run territory")]
    public void The_name_after_according_to_is_the_speaker(string text, string speaker)
    {
        var run = AttributionRun.Of(AccordingTo.Frame, text, "according");
        Assert.True(run.Read);
        Assert.Equal(speaker, run.Speaker.Text);
        Assert.Equal(AttributorCue.AccordingTo, run.Speaker.Cue);
    }

    [Fact]
    public void Leaves_according_without_to_alone()
    {
        var run = AttributionRun.Of(AccordingTo.Frame, "The troops moved according as the weather allowed.", "according");
        Assert.False(run.Read);
    }
}
