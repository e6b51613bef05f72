using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="ResumedSpeaker"/> asks only the body test of the attributor <see cref="PersonalPronounSpeaker.Last"/>
/// chose, which is no crowd already (branch `speed31`): for every attributor Last can choose, that must answer as
/// <see cref="PersonalPronounSpeaker.Fits"/>.
/// </summary>
public sealed class PersonalPronounSpeakerTests
{
    [Theory]
    [InlineData("he")]
    [InlineData("she")]
    [InlineData("Budanov")]
    [InlineData("an army spokesman")]
    [InlineData("the State Emergency Service")]
    [InlineData("the office")]
    [InlineData("the ministry")]
    [InlineData("officials")]
    [InlineData("rescuers")]
    [InlineData("witnesses")]
    [InlineData("the press")]
    [InlineData("Reuters")]
    [InlineData("Kyiv's mayor ")]
    [InlineData(" his spokesmen")]
    [InlineData("the Americans")]
    [InlineData("analysts")]
    public void The_body_test_of_the_last_speaker_answers_as_Fits(string words)
    {
        var said = new List<Attributor> { new(0, words.Length, words, null, AttributorCue.Verb, 0) };
        if (PersonalPronounSpeaker.Last(said) is { } last)
        {
            Assert.Equal(PersonalPronounSpeaker.Fits(last.Text), PersonalPronounSpeaker.LastFits(last));
        }
        else
        {
            Assert.False(PersonalPronounSpeaker.Fits(words));
        }
    }
}
