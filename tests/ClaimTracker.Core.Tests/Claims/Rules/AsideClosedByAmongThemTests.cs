using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>An aside closing on "among them" is skipped to the count's own verb.</summary>
public sealed class AsideClosedByAmongThemTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Nine people, soldiers and civilians from the nearby streets among them, had been wounded in the strike, the army said.", 9, Metric.Wounded)]
    [InlineData("Fourteen people, two paramedics from the village clinic among them, were killed in the raid, the ministry said.", 14, Metric.Killed)]
    [InlineData("Some 300 families, farmers from the valley and their children among them, have fled to the town, the agency said.", 300, Metric.Displaced)]
    public void The_verb_after_the_aside_is_the_counts_fate(string text, double value, Metric metric)
    {
        Assert.Equal(metric, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Metric);
    }

    [Fact]
    public void A_speakers_aside_is_passed_over_as_a_speaker_not_as_people()
    {
        // "soldiers said" names who speaks, not who is in the count: this rule does not take it for an aside closed by
        // "among them"; SpeakerAside (branch fit76a) reads past it to the verb, so the verb beyond it is the fate.
        var claims = Extractor.Extract("Nine people, soldiers said, were wounded in the strike.", null);
        Assert.Equal(Metric.Wounded, Assert.Single(claims, c => c.Value == 9).Metric);
    }
}
