using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CopularCountTests
{
    [Theory]
    [InlineData("North Korean laborers sent to Russian building sites numbered about 12,000 last year, the agency said.", "12,000", "laborers", "North Korean")]
    [InlineData("By March, the displaced families sheltering in the school totalled some 3,400.", "3,400", "families", null)]
    [InlineData("Russian prisoners held in the Sumy region number at least 250, officials said.", "250", "prisoners", "Russian")]
    public void A_figure_after_a_verb_of_numbering_counts_the_clauses_subject(string text, string number, string noun, string? nationality)
    {
        var run = CountPhraseRun.Of(CopularCount.Rule, text, number);
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        Assert.True(run.Phrase.Noun >= 0);
        Assert.Equal(noun, text[tokens[run.Phrase.Noun].Start..tokens[run.Phrase.Noun].End]);
        Assert.Equal(nationality is null ? [] : [nationality], run.Phrase.Nationalities);
    }

    [Fact]
    public void A_figure_after_another_verb_is_left_alone()
    {
        var run = CountPhraseRun.Of(CopularCount.Rule, "North Korean workers at the plant earned about 300 a month.", "300");
        Assert.True(run.Phrase.Noun < 0);
    }
}
