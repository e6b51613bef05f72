using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="OthersOfThings"/>: "others" after a count of things counts things.</summary>
public sealed class OthersOfThingsTests
{
    [Theory]
    [InlineData("The strike destroyed four buildings and 14 others were damaged, the mayor said.", "14")]
    [InlineData("Shelling burned 12 trucks and damaged 30 others near the crossing.", "30")]
    [InlineData("Drones hit 9 residential blocks, and 22 others lost power.", "22")]
    public void Others_after_a_count_of_things_count_no_one(string text, string number)
    {
        var run = CountPhraseRun.Of(OthersOfThings.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("Two people were killed and 14 others were wounded in the same street.", "14")]
    [InlineData("The strike killed one person and injured two others, the governor said.", "two")]
    [InlineData("Three soldiers died and 9 others were hurt.", "9")]
    public void Others_after_a_count_of_people_are_people(string text, string number)
    {
        var run = CountPhraseRun.Of(OthersOfThings.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }

    [Theory]
    [InlineData("Four hospitals had been forced to shut down under shelling and three others had been partly evacuated.", "three", false)]
    [InlineData("A strike on three schools killed a teacher and two others.", "two", true)]
    public void Others_after_a_clause_about_things_count_no_one_unless_a_person_was_named(string text, string number, bool kept)
    {
        Assert.Equal(kept, CountPhraseRun.Of(OthersOfThings.Rule, text, number).Kept);
    }
}
