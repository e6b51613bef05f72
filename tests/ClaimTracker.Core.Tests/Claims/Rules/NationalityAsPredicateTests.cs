using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class NationalityAsPredicateTests
{
    [Theory]
    [InlineData("Of those killed, 36 were Palestinian, four were Israeli and one was Lebanese.", "36", "Palestinian")]
    [InlineData("Of those killed, 36 were Palestinian, four were Israeli and one was Lebanese.", "four", "Israeli")]
    [InlineData("Of those killed, 30 were Syrian.", "30", "Syrian")]
    public void A_nationality_after_the_copula_names_the_counts_people(string text, string number, string nationality)
    {
        var run = CountPhraseRun.Of(NationalityAsPredicate.Rule, text, number);
        Assert.Equal([nationality], run.Draft.Nationalities);
    }

    [Theory]
    [InlineData("Of the 41, 36 were Palestinian journalists.", "36")]
    [InlineData("About 200 were killed in the strike.", "200")]
    [InlineData("Officials said none of the five were American.", "five")]
    public void A_nationality_inside_a_noun_phrase_or_none_is_not_the_predicate(string text, string number)
    {
        var run = CountPhraseRun.Of(NationalityAsPredicate.Rule, text, number);
        Assert.Empty(run.Draft.Nationalities);
    }
}
