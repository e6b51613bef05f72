using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

// IncludedPartsVerb: "N people including M children were killed" — the whole shares the fate told after its part.
public sealed class IncludedPartsVerbTests
{
    [Fact]
    public void A_whole_with_its_own_verb_keeps_it()
    {
        const string text = "The strike killed 11 people including five children who were wounded earlier, the ministry said.";
        var claim = Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == 11);
        Assert.Equal(Metric.Killed, claim.Metric);
    }

    [Theory]
    [InlineData("Nine people including three women were killed when a shell struck the market, officials said.", 9, Metric.Killed)]
    [InlineData("Twenty residents including four children were wounded in the overnight raid, the governor said.", 20, Metric.Wounded)]
    [InlineData("Officials said 14 Palestinian civilians including two medics were killed near the crossing.", 14, Metric.Killed)]
    public void Whole_before_an_unbracketed_part_shares_its_fate(string sentence, int whole, Metric metric)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(sentence, null), c => c.Value == whole);
        Assert.Equal(metric, claim.Metric);
    }
}
