using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class EnumeratedMemberTests
{
    [Theory]
    [InlineData("Ahmed said he and others carried two people who had been wounded, one in the shoulder and one in the leg.", "one")]
    [InlineData("A medic said they pulled three people who had been hurt from the car, one in the head, one in the arm and the other in the leg.", "one")]
    public void A_member_of_the_count_before_is_no_count(string text, string number)
    {
        // The run reads the first "one"; an earlier rule may already drop it as a lone one, and the second member,
        // which a tally lets through, is dropped here (golden case members_of_a_count_are_no_counts).
        var run = CountPhraseRun.Of(EnumeratedMember.Rule, text, number);
        Assert.False(run.ReachedRule && run.Kept);
    }

    [Theory]
    [InlineData("Police said one person was killed in the strike and one in the shelling that followed, officials said.", "one")]
    [InlineData("At least one soldier was killed, one in the army said.", "one")]
    public void A_one_with_no_second_member_before_a_preposition_is_left_alone(string text, string number)
    {
        var run = CountPhraseRun.Of(EnumeratedMember.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }
}
