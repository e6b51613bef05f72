using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class StatementFromBodyTests
{
    [Theory]
    [InlineData("An earlier statement from the ministry had put the number of dead at 14.", "put", "the ministry")]
    [InlineData("A bulletin by the Sudan Doctors Network said 30 people were killed.", "said", "Sudan Doctors Network")]
    public void The_body_after_a_statement_noun_speaks(string text, string cue, string speaker)
    {
        var run = AttributionRun.Of(StatementFromBody.Frame, text, cue);
        Assert.True(run.Read);
        Assert.EndsWith(speaker, run.Speaker.Text);
    }

    [Theory]
    [InlineData("The toll from the strikes rose to 30, the ministry said.")]
    [InlineData("Figures from the ministry said 30 people were killed.")]
    public void Leaves_other_nouns_and_a_speaker_after_a_comma_to_other_frames(string text)
    {
        var run = AttributionRun.Of(StatementFromBody.Frame, text, "said");
        Assert.False(run.Read);
        Assert.Empty(run.Found);
    }
}
