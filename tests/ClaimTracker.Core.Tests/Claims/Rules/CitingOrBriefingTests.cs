using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CitingOrBriefingTests
{
    [Theory]
    [InlineData("The channel said 300 had died, citing Western officials.", "citing", "Western officials")]
    [InlineData("Lawmakers spoke after a briefing by the NIS.", "briefing", "the NIS")]
    [InlineData("Some 4,000 people were displaced, figures from UNHCR show.", "figures", "UNHCR")]
    [InlineData("The lawmaker cited Pentagon officials as saying 700 soldiers had died.", "cited", "Pentagon officials")]
    [InlineData("This was reported by Ukrinform with reference to the State Emergency Service.", "reference", "the State Emergency Service")]
    public void The_name_after_the_cue_is_the_source_behind_the_speaker(string text, string cue, string speaker)
    {
        var run = AttributionRun.Of(CitingOrBriefing.Frame, text, cue);
        Assert.True(run.Read);
        Assert.Equal(speaker, run.Speaker.Text);
        Assert.Equal(AttributorCue.Citing, run.Speaker.Cue);
    }

    [Fact]
    public void Leaves_cited_without_as_saying_to_the_verb_frames()
    {
        var run = AttributionRun.Of(CitingOrBriefing.Frame, "The report cited heavy losses among the 700 soldiers.", "cited");
        Assert.False(run.Read);
    }

    [Fact]
    public void Leaves_reference_outside_the_relay_phrase_alone()
    {
        var run = AttributionRun.Of(CitingOrBriefing.Frame, "The reference figure was 300 soldiers.", "reference");
        Assert.False(run.Read);
    }

    [Fact]
    public void Leaves_figures_that_name_no_one_alone()
    {
        var run = AttributionRun.Of(CitingOrBriefing.Frame, "The figures were higher than last year.", "figures");
        Assert.False(run.Read);
    }
}
