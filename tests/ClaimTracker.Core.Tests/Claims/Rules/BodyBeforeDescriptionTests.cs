using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class BodyBeforeDescriptionTests
{
    [Theory]
    [InlineData("Sea-Watch, a German rescue charity, said 35 people were missing.", "Sea-Watch")]
    [InlineData("Alarm Phone, a hotline for people in distress at sea, said about 60 people were unaccounted for.", "Alarm Phone")]
    [InlineData("\"The boat sank within minutes,\" Mare Liberum, an independent monitoring group, said.", "Mare Liberum")]
    public void The_name_before_an_indefinite_description_speaks(string text, string speaker)
    {
        var run = AttributionRun.Of(BodyBeforeDescription.Frame, text, "said");
        Assert.True(run.Read);
        Assert.Equal(speaker, run.Speaker.Text);
        Assert.Null(run.Speaker.Source);
        Assert.Equal(AttributorCue.Verb, run.Speaker.Cue);
    }

    [Theory]
    [InlineData("Nadia Okafor, a spokeswoman for the charity, said 212 staff had died.")]
    [InlineData("On Tuesday, a day after the attack, officials said 45 people were killed.")]
    [InlineData("The agency, a branch of the ministry, said 45 people were killed.")]
    [InlineData("Airwars, the London-based monitor, said 45 people were killed.")]
    [InlineData("Rania Kassem, a senior official of the U.N. refugee agency, said 90,000 people had crossed.")]
    public void Leaves_persons_intros_articles_and_definite_descriptions_to_other_frames(string text)
    {
        var run = AttributionRun.Of(BodyBeforeDescription.Frame, text, "said");
        Assert.False(run.Read);
        Assert.Empty(run.Found);
    }
}
