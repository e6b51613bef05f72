using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class OpposedForceTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("SEOUL - The Joint Chiefs of Staff said North Korean troops sent to fight Ukrainian units in the Kursk region had suffered around 4,000 casualties.", 4000, "North Korean troops")]
    [InlineData("SEOUL - North Korean soldiers who fought alongside Russian forces have suffered around 1,200 casualties, the agency said.", 1200, "North Korean troops")]
    [InlineData("KYIV - Ukrainian units battled Russian forces, which suffered 300 casualties in two days.", 300, "Russian troops")]
    public void The_side_met_is_the_foe_unless_the_count_is_its_own(string sentence, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(sentence, null), c => c.Value == value).Subject);
    }
}
