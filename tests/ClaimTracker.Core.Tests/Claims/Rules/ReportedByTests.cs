using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ReportedByTests
{
    [Fact]
    public void Reported_by_names_the_speaker_after_by()
    {
        var run = AttributionRun.Of(ReportedBy.Frame, "Some 80 deaths were reported by the Red Cross overnight.", "reported");
        Assert.True(run.Read);
        Assert.Equal("the Red Cross", run.Speaker.Text);
        Assert.Equal(AttributorCue.Citing, run.Speaker.Cue);
    }

    [Fact]
    public void An_estimated_figure_is_no_one_speaking()
    {
        var run = AttributionRun.Of(ReportedBy.Frame, "An estimated 3,000 people remain in the camp.", "estimated");
        Assert.True(run.Read);
        Assert.Empty(run.Found);
    }

    [Fact]
    public void Leaves_a_speaker_before_the_verb_to_the_other_frames()
    {
        var run = AttributionRun.Of(ReportedBy.Frame, "The ministry reported 80 deaths overnight.", "reported");
        Assert.False(run.Read);
    }
}
