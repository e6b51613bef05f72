using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ClauseAfterCountTests
{
    [Theory]
    [InlineData("58 are still held, including 34 the Israeli military says are dead.", "34")]
    [InlineData("Some 118 are held, including 41 the Israeli government has declared dead.", "41")]
    [InlineData("64 remain in captivity, among them 25 the Israeli army considers dead.", "25")]
    public void A_clause_subjects_nationality_is_not_the_counts(string text, string number)
    {
        var run = CountPhraseRun.Of(PeopleNounPhrase.Rule, text, number);
        Assert.Empty(run.Phrase.Nationalities);
        Assert.True(run.Phrase.Noun < 0);
    }

    [Theory]
    [InlineData("The strike killed 34 Israeli soldiers.", "34", "Israeli")]
    [InlineData("Hamas freed 12 Thai farm workers.", "12", "Thai")]
    public void A_nationality_right_after_the_count_is_still_its_own(string text, string number, string nationality)
    {
        var run = CountPhraseRun.Of(PeopleNounPhrase.Rule, text, number);
        Assert.Equal([nationality], run.Phrase.Nationalities);
    }
}
