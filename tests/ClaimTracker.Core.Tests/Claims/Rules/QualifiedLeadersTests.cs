using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class QualifiedLeadersTests
{
    [Theory]
    [InlineData("Three tribal leaders were killed in the strike.", "Three")]
    [InlineData("Four community leaders and at least 20 villagers were killed.", "Four")]
    [InlineData("Five local leaders were among the dead.", "Five")]
    [InlineData("Two local chiefs were wounded.", "Two")]
    public void A_leader_with_a_qualifier_is_a_people_noun(string text, string number)
    {
        var run = CountPhraseRun.Of(QualifiedLeaders.Rule, text, number);
        Assert.True(run.Phrase.Noun >= 0);
    }

    [Theory]
    [InlineData("The two leaders met on Monday.", "two")]
    [InlineData("The two foreign leaders met on Monday.", "two")]
    public void Bare_leaders_are_no_people_noun(string text, string number)
    {
        var run = CountPhraseRun.Of(QualifiedLeaders.Rule, text, number);
        Assert.True(run.Phrase.Noun < 0);
    }
}
