using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class ServedForceTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("KYIV - North Korean soldiers fighting alongside Russian forces have taken losses, officials said. As many as 30 were killed, Ukrainian intelligence said.", 30, "North Korean troops")]
    [InlineData("KYIV - North Korean troops sent to help Russian troops have taken losses, officials said. About 70 were killed, Ukrainian intelligence said.", 70, "North Korean troops")]
    [InlineData("KYIV - Russian forces have taken losses near Kupiansk, officials said. About 90 were killed, Ukrainian intelligence said.", 90, "Russian troops")]
    public void A_bare_count_takes_the_force_that_serves(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
