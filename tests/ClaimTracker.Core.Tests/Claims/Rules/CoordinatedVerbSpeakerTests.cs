using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CoordinatedVerbSpeakerTests
{
    [Theory]
    [InlineData("The Sudan Doctors Network blamed the Rapid Support Forces, which have encircled the town, and said 17 people were wounded.", "Sudan Doctors Network")]
    [InlineData("The Sudan Doctors Network called for a humanitarian corridor and said that 64 children had starved.", "Sudan Doctors Network")]
    [InlineData("UNICEF condemned the strike on the school and said at least 12 pupils were among the dead.", "UNICEF")]
    public void The_body_opening_the_sentence_speaks_after_and(string sentence, string source)
    {
        var run = AttributionRun.Of(CoordinatedVerbSpeaker.Frame, sentence, "said");
        Assert.True(run.Read);
        Assert.Equal(source, run.Speaker.Source?.Name);
    }

    [Theory]
    [InlineData("Residents of the camp blamed the Rapid Support Forces and said at least 40 people were killed.")]
    [InlineData("The Sudan Doctors Network said 40 people were killed.")]
    [InlineData("At least 30 people were killed in the shelling, and said residents feared more.")]
    public void Leaves_a_sentence_no_body_opens_or_without_and(string sentence) =>
        Assert.False(AttributionRun.Of(CoordinatedVerbSpeaker.Frame, sentence, "said").Read);

    [Fact]
    public void Leaves_a_denial_after_and() =>
        Assert.False(AttributionRun.Of(CoordinatedVerbSpeaker.Frame, "Hamas called the army's account a lie and denied that its fighters used the camp.", "denied").Read);
}
