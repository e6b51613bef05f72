using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ByOwnersCountTests
{
    [Fact]
    public void The_owner_of_the_count_is_the_speaker()
    {
        var run = AttributionRun.Of(ByOwnersCount.Frame, "By the UN's count, 6,000 people have fled the district.", "count");
        Assert.True(run.Read);
        Assert.Equal("the UN", run.Speaker.Text);
        Assert.Equal(AttributorCue.AccordingTo, run.Speaker.Cue);
    }

    [Fact]
    public void Leaves_a_count_with_no_owner_alone()
    {
        var run = AttributionRun.Of(ByOwnersCount.Frame, "The final count was 6,000 people.", "count");
        Assert.False(run.Read);
        Assert.Empty(run.Found);
    }
}
