using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class QuantifierSpeakerTests
{
    [Theory]
    [InlineData("Several said gunmen had burned their homes.")]
    [InlineData("Many told us they had walked for days without food.")]
    [InlineData("Others said their husbands had been taken away at checkpoints.")]
    public void Some_of_the_people_described_do_not_take_over_the_account(string testimony)
    {
        var text = "UNHCR said more than 12,000 refugees had crossed into Chad in the past week.\n\n"
            + "New arrivals describe attacks on their villages. " + testimony + "\n\nChad now shelters more than 900,000 Sudanese refugees.";
        Assert.Equal("UNHCR", Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == 900000).Source);
    }

    [Theory]
    [InlineData("Several", true)]
    [InlineData("others", true)]
    [InlineData("Several aid workers", false)]
    [InlineData("the ministry", false)]
    public void Only_a_bare_quantifier_is_one(string words, bool expected) =>
        Assert.Equal(expected, QuantifierSpeaker.Is(new Attributor(0, words.Length, words, null, AttributorCue.Verb, words.Length)));
}
