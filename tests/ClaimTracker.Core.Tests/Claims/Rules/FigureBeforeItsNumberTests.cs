using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class FigureBeforeItsNumberTests
{
    [Theory]
    [InlineData("The strikes bring to 41 the number of medics killed in the north.", "41", "medics", Metric.Killed)]
    [InlineData("The attack raised to 1,230 the number of Ukrainian soldiers wounded this month.", "1,230", "soldiers", Metric.Wounded)]
    public void A_figure_before_the_number_of_counts_the_people_named_after_it(string text, string number, string noun, Metric metric)
    {
        var run = CountPhraseRun.Of(FigureBeforeItsNumber.Rule, text, number);
        Assert.True(run.Phrase.Noun >= 0);
        Assert.Equal(noun, text.Substring(TokenStart(text, run), noun.Length));
        Assert.Equal(metric, run.Phrase.NamedMetric);
    }

    [Fact]
    public void A_figure_brought_to_the_number_of_things_counts_nobody()
    {
        var run = CountPhraseRun.Of(FigureBeforeItsNumber.Rule, "The convoy brought to 14 the number of trucks that crossed this week.", "14");
        Assert.Equal(-1, run.Phrase.Noun);
    }

    private static int TokenStart(string text, CountPhraseRun run)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        return tokens[run.Phrase.Noun].Start;
    }
}
