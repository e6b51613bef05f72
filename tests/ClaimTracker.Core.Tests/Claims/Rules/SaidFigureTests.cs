using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>
/// <see cref="SaidFigure"/>, read through the extractor: a figure that is all a speaker said restates the count before
/// it; a figure a speaker says with more after it, or with no count before it, is left to the other rules.
/// </summary>
public sealed class SaidFigureTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Fact]
    public void A_later_figure_a_speaker_gave_takes_the_earlier_counts_people_and_fate()
    {
        var claims = Extractor.Extract("In spring the mayor said 35 people had drowned, and by summer she said as many as 80.", null);
        var later = Assert.Single(claims, c => c.High == 80 || c.Value == 80);
        Assert.Equal(Metric.Killed, later.Metric);
        Assert.Equal(Qualifier.UpTo, later.Qualifier);
    }

    [Fact]
    public void A_quoted_figure_said_after_a_toll_in_the_sentence_before_restates_it()
    {
        var claims = Extractor.Extract("The monitor's tally stands at roughly 6,200 deaths. The agencies have for a year said \"more than 5,000\".", null);
        Assert.Equal(Metric.Killed, Assert.Single(claims, c => c.Low == 5000 || c.Value == 5000).Metric);
    }

    [Fact]
    public void A_said_figure_with_no_count_before_counts_nobody()
    {
        Assert.Empty(Extractor.Extract("The coach said 12. Nobody asked him twice.", null));
    }
}
