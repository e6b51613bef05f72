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

    // A semicolon alone opens the later clause as "and" does: the figure before it is not the later speaker's.
    [Theory]
    [InlineData("Shelling killed 14 people in Kherson on Monday; Ukraine's interior ministry said 30 more were wounded in Nikopol.", 30)]
    [InlineData("Thousands of families fled Bara in a week; IOM has registered more than 36,000 people in camps near El Obeid.", 36000)]
    public void A_semicolon_clauses_speaker_does_not_reach_back(string sentence, int later)
    {
        var claims = new ClaimExtractor().Extract(sentence, null);
        Assert.Null(Assert.Single(claims, c => c.Value != later).Source);
        Assert.NotNull(Assert.Single(claims, c => c.Value == later).Source);
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
