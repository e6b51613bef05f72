using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class SpeakerBeforeTests
{
    [Theory]
    [InlineData("The ministry also said 300 soldiers were wounded.", "The ministry")]
    [InlineData("Russia's Defence Ministry, for its part, said 300 soldiers were wounded.", "Russia's Defence Ministry")]
    [InlineData("The enclave's health ministry said 300 people were wounded.", "The enclave's health ministry")]
    [InlineData("The health ministry in the Hamas-run territory said 300 people were wounded.", "The health ministry in the Hamas-run territory")]
    [InlineData("In a video address on Sunday he said 300 soldiers were wounded.", "he")]
    public void The_name_before_the_verb_is_the_speaker(string text, string speaker)
    {
        var run = AttributionRun.Of(SpeakerBefore.Frame, text, "said");
        Assert.True(run.Read);
        Assert.Equal(speaker, run.Speaker.Text);
        Assert.Equal(AttributorCue.Verb, run.Speaker.Cue);
    }

    [Theory]
    [InlineData("The UN said Friday it had recorded 300 killings.")]
    [InlineData("The agency said on Tuesday it had counted 300 wounded.")]
    public void A_weekday_before_the_verb_is_no_speaker(string text)
    {
        var run = AttributionRun.Of(SpeakerBefore.Frame, text, text.Contains("recorded", StringComparison.Ordinal) ? "recorded" : "counted");
        Assert.True(run.Read);
        Assert.Empty(run.Found);
    }

    [Fact]
    public void Finds_no_speaker_after_a_lower_case_clause()
    {
        var run = AttributionRun.Of(SpeakerBefore.Frame, "It was unclear how many were hurt, while the count said little.", "said");
        Assert.True(run.Read);
        Assert.Empty(run.Found);
    }
}
