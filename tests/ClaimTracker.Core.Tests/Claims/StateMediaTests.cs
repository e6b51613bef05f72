using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class StateMediaTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Fact]
    public void A_state_s_own_media_count_its_soldiers()
    {
        var text = "The Korean Central News Agency said the names of 48 soldiers had been added to the memorial wall.";
        Assert.Equal("North Korean troops", Assert.Single(Extractor.Extract(text, null), c => c.Value == 48).Subject);
    }

    [Fact]
    public void An_independent_outlet_of_the_same_country_does_not()
    {
        var text = "Mediazona said it had confirmed the names of 480 soldiers killed in the fighting.";
        Assert.NotEqual("Russian troops", Assert.Single(Extractor.Extract(text, null), c => c.Value == 480).Subject);
    }
}
