using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class PeopleNounBeforeThingTests
{
    [Theory]
    [InlineData("Overnight strikes flattened two family homes in the town.", "two")]
    [InlineData("Shelling destroyed five family houses in the village.", "five")]
    public void A_people_noun_describing_a_thing_is_no_count_of_people(string text, string number)
    {
        var run = CountPhraseRun.Of(PeopleNounBeforeThing.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Fact]
    public void Leaves_a_count_of_people_alone()
    {
        var run = CountPhraseRun.Of(PeopleNounBeforeThing.Rule, "Strikes killed two families in their homes.", "two");
        Assert.True(run.Kept);
    }
}
