using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class FiguresPassedOnTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    // A registered person, then a bare surname matched to its earlier full mention.
    [InlineData("Defence Minister Andrei Belousov spoke on Monday. Belousov also released figures for the week: 900 killed, according to the BBC.", 900, "Russian MoD")]
    [InlineData("Russian Defence Ministry spokesman Igor Konashenkov said 40 soldiers were killed. Konashenkov also gave fresh numbers for the enemy: 700 killed, according to Al Jazeera.", 700, "Russian MoD")]
    // A describing noun passes nothing on: the outlet keeps the figure.
    [InlineData("Residents also shared numbers from the camp: 25 killed, according to Reuters.", 25, "Reuters")]
    public void A_named_speaker_who_passes_figures_on_keeps_them(string text, double value, string source)
    {
        Assert.Equal(source, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Source);
    }
}
