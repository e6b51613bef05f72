using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class SameBodyAnaphorTests
{
    [Theory]
    [InlineData("the same group", true)]
    [InlineData("The same network", true)]
    [InlineData("the group", false)]
    [InlineData("the network", false)]
    public void Only_a_same_word_points_to_the_body_that_spoke(string words, bool expected) =>
        Assert.Equal(expected, SameBodyAnaphor.SaysSame(words));

    // The army's name ends where the text after it starts (offset 0 here).
    [Theory]
    [InlineData(" withdraws over a period of 60 days.", true)]
    [InlineData(" is due to pull out of the villages.", true)]
    [InlineData(" said two soldiers were wounded.", false)]
    [InlineData(", which will withdraw later", false)]
    public void A_withdrawal_verb_close_after_the_army_marks_it_withdrawing(string after, bool expected) =>
        Assert.Equal(expected, WithdrawingArmy.Withdraws(after, 0));

    [Theory]
    [InlineData("The army has said it will send some 5,000 additional troops to the south.", true)]
    [InlineData("The army said two of its soldiers were killed.", false)]
    public void A_sentence_that_sends_troops_is_read_as_a_deployment(string sentence, bool expected) =>
        Assert.Equal(expected, WithdrawingArmy.Sends(sentence, 0, sentence.Length));
}
