using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// "The bodies of N ... had been pulled from the rubble" names the dead before the pull: every conjunct under "the bodies
/// of" is killed, not rescued (PulledFrom.BodiesOfBefore).
/// </summary>
public sealed class PulledBodiesTests
{
    [Theory]
    [InlineData("Rescuers said the bodies of four women and three children had been pulled from the rubble of the house.", 3)]
    [InlineData("By noon the bodies of five men and two boys were pulled out of the rubble, the civil defence said.", 2)]
    [InlineData("Medics said the bodies of 11 people had been recovered and pulled from the debris overnight.", 11)]
    public void Bodies_pulled_out_are_the_dead(string sentence, int value)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(sentence, null), c => c.Value == value);
        Assert.Equal(Metric.Killed, claim.Metric);
    }

    [Fact]
    public void People_pulled_out_alive_after_a_comma_are_still_rescued()
    {
        var claim = Assert.Single(new ClaimExtractor().Extract("The bodies of two men were found, and rescuers pulled 14 people from the rubble.", null), c => c.Value == 14);
        Assert.Equal(Metric.Evacuated, claim.Metric);
    }
}
