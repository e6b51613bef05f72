using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class QualifiedLeadersTests
{
    [Theory]
    [InlineData("Three tribal leaders were killed in the strike.", "Three")]
    [InlineData("Four community leaders and at least 20 villagers were killed.", "Four")]
    public void A_leader_with_a_qualifier_is_a_people_noun(string text, string number)
    {
        var run = CountPhraseRun.Of(QualifiedLeaders.Rule, text, number);
        Assert.True(run.Phrase.Noun >= 0);
    }

    [Fact]
    public void Bare_leaders_are_no_people_noun()
    {
        var run = CountPhraseRun.Of(QualifiedLeaders.Rule, "The two leaders met on Monday.", "two");
        Assert.True(run.Phrase.Noun < 0);
    }
}
