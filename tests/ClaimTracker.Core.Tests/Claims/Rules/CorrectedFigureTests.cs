using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CorrectedFigureTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Fact]
    public void Corrected_figures_belong_to_the_chains_subject_not_the_next_speaker()
    {
        var claims = Extractor.Extract("Klymenko first gave that figure and then corrected it to four dead and 17 injured, before the State Emergency Service put the number of dead at five.", null);
        Assert.Equal("Ukrainian government", Assert.Single(claims, c => c.Value == 4).Source);
        Assert.Equal("Ukrainian government", Assert.Single(claims, c => c.Value == 17).Source);
    }

    [Fact]
    public void A_later_correction_after_an_adverb()
    {
        var claims = Extractor.Extract("Tkachenko gave a lower number at first and later corrected it to 12 injured, before the State Emergency Service said two people had died.", null);
        Assert.Equal("Kyiv city military administration", Assert.Single(claims, c => c.Value == 12).Source);
    }

    [Fact]
    public void A_revised_figure_of_a_body_that_opens_the_sentence()
    {
        var claims = Extractor.Extract("The Sudan Doctors Network first gave that toll and revised it to 40 dead, before the UN said 52,000 people had fled.", null);
        Assert.Equal("Sudan Doctors Network", Assert.Single(claims, c => c.Value == 40).Source);
    }

    [Fact]
    public void A_correction_without_a_body_opening_the_sentence_is_left_alone()
    {
        var claims = Extractor.Extract("Earlier reports gave three dead and were then corrected to four dead, before the State Emergency Service put the number of dead at five.", null);
        Assert.NotEqual("Ukrainian government", Assert.Single(claims, c => c.Value == 4).Source);
    }
}
