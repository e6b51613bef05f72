using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CountCreditedAfterTests
{
    [Theory]
    [InlineData("The heightened toll was reported by Lebanon's health ministry.", "toll", "Lebanon's health ministry")]
    [InlineData("These figures were provided by the civil defence agency in Gaza.", "figures", "the civil defence agency in Gaza")]
    [InlineData("The number comes from the UN refugee agency.", "number", "the UN refugee agency")]
    [InlineData("The latest data were later released by the Sudan Doctors Network.", "data", "the Sudan Doctors Network")]
    public void A_sentence_opening_on_the_count_names_who_gave_it(string text, string cue, string speaker)
    {
        var run = AttributionRun.Of(CountCreditedAfter.Frame, text, cue);
        Assert.True(run.Read);
        Assert.Equal(speaker, run.Speaker.Text);
        Assert.Equal(AttributorCue.AccordingTo, run.Speaker.Cue);
    }

    [Theory]
    [InlineData("The figures could not be independently verified.", "figures")]
    [InlineData("The toll was caused by shelling of the market.", "toll")]
    [InlineData("Officials said the toll was reported by hospitals.", "toll")]
    [InlineData("The toll of 40 was given by the ministry.", "toll")]
    public void Leaves_other_sentences_about_a_count_alone(string text, string cue)
    {
        var run = AttributionRun.Of(CountCreditedAfter.Frame, text, cue);
        Assert.False(run.Read);
    }
}
