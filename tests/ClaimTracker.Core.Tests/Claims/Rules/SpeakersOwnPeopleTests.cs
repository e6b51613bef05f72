using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class SpeakersOwnPeopleTests
{
    [Theory]
    [InlineData("Israel said four of its soldiers were killed in the north on Sunday.", "four", "Israeli")]
    [InlineData("Somalia said that nine of its soldiers died in the clash.", "nine", "Somali")]
    [InlineData("Russia's defence ministry said at least 40 of its servicemen were wounded.", "40", "Russian")]
    public void Its_people_are_the_speaking_state_s(string text, string number, string nationality)
    {
        var run = CountPhraseRun.Of(SpeakersOwnPeople.Rule, text, number);
        Assert.Equal([nationality], run.Draft.Nationalities);
    }

    [Theory]
    [InlineData("Israel said Hamas had killed 30 of its fighters.", "30")]
    [InlineData("The doctor said three of his children were wounded.", "three")]
    [InlineData("Yemen's Houthis said 17 of their fighters had been killed.", "17")]
    public void Leaves_a_count_not_right_after_the_state_s_verb_alone(string text, string number)
    {
        var run = CountPhraseRun.Of(SpeakersOwnPeople.Rule, text, number);
        Assert.Empty(run.Draft.Nationalities);
    }
}
