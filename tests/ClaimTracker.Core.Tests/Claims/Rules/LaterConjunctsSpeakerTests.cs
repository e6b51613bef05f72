using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class LaterConjunctsSpeakerTests
{
    // A contrast clause is the other side's account: its speaker keeps to it even with no figure of its own.
    [Theory]
    [InlineData("Russian drones killed four civilians in the Kharkiv region, while Moscow reported damage from a Ukrainian attack.")]
    [InlineData("Russian drones killed four civilians in the Kharkiv region, whereas Moscow said its air defences had been busy.")]
    public void A_contrast_clauses_speaker_does_not_reach_back(string sentence)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(sentence, null), c => c.Value == 4);
        Assert.Null(claim.Source);
    }

    // "and" still needs a figure of the later clause's own: a speaker that merely goes on keeps reaching back.
    [Fact]
    public void An_and_clause_without_a_figure_still_reaches_back()
    {
        const string sentence = "Four civilians were killed in the Kharkiv region, and Ukraine's interior ministry said rescuers were still at work.";
        var claim = Assert.Single(new ClaimExtractor().Extract(sentence, null), c => c.Value == 4);
        Assert.NotNull(claim.Source);
    }
}
