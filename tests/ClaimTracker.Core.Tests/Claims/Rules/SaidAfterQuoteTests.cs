using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class SaidAfterQuoteTests
{
    [Fact]
    public void The_name_after_a_quote_and_said_is_the_speaker()
    {
        var run = AttributionRun.Of(SaidAfterQuote.Frame, "“We lost 40 men in a week,” said the Kremlin spokesman.", "said");
        Assert.True(run.Read);
        Assert.Equal("the Kremlin spokesman", run.Speaker.Text);
    }

    [Fact]
    public void Leaves_a_speaker_before_the_verb_alone()
    {
        var run = AttributionRun.Of(SaidAfterQuote.Frame, "The Kremlin spokesman said 40 men were lost.", "said");
        Assert.False(run.Read);
    }
}
