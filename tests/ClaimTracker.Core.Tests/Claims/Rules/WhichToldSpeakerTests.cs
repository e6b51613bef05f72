using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class WhichToldSpeakerTests
{
    [Theory]
    [InlineData("The estimate matches that of the National Intelligence Service, which told lawmakers last week that about 300 had been killed.", "told", "NIS")]
    [InlineData("The figure was close to the count kept by the Sudan Doctors Network, which said on Sunday that 47 people were killed.", "said", "Sudan Doctors Network")]
    [InlineData("Aid groups pointed to the International Organization for Migration, which estimated that 9,000 people had fled.", "estimated", "IOM")]
    public void The_body_before_which_speaks(string sentence, string verb, string source)
    {
        var run = AttributionRun.Of(WhichToldSpeaker.Frame, sentence, verb);
        Assert.True(run.Read);
        Assert.Equal(source, run.Speaker.Source?.Name);
    }

    [Theory]
    [InlineData("The toll, which rose sharply on Monday, said to be 300, worried officials.", "said")]
    [InlineData("The National Intelligence Service told lawmakers that 300 had been killed.", "told")]
    public void Leaves_a_verb_with_no_body_before_which_alone(string sentence, string verb) =>
        Assert.False(AttributionRun.Of(WhichToldSpeaker.Frame, sentence, verb).Read);
}
