using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class PersonBeforeDescriptionTests
{
    [Theory]
    [InlineData("Nadia Okafor, a deputy commissioner-general of UNRWA, told journalists that 212 staff had died.", "told", "Nadia Okafor")]
    [InlineData("\"Over 90,000 people have crossed,\" Rania Kassem, a senior official of the U.N. refugee agency, told a briefing.", "told", "Rania Kassem")]
    public void The_person_before_a_description_naming_a_body_is_the_speaker(string text, string verb, string speaker)
    {
        var run = AttributionRun.Of(PersonBeforeDescription.Frame, text, verb);
        Assert.True(run.Read);
        Assert.Equal(speaker, run.Speaker.Text);
        Assert.Null(run.Speaker.Source);
        Assert.Equal(AttributorCue.Verb, run.Speaker.Cue);
    }

    [Theory]
    [InlineData("Oksana Hrytsenko, a member of parliament who follows the issue, said 8,000 soldiers were held.")]
    [InlineData("Lebanon's health minister, Rami Haddad, said 45 people were killed.")]
    [InlineData("The ministry said 45 people were killed.")]
    public void Leaves_a_description_that_names_no_body_alone(string text)
    {
        var run = AttributionRun.Of(PersonBeforeDescription.Frame, text, "said");
        Assert.False(run.Read);
        Assert.Empty(run.Found);
    }
}
