using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class BodysOwnWorkTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Fact]
    public void Teams_named_with_their_place_still_count_their_own_work() =>
        Assert.Equal("UNICEF", Assert.Single(Extractor.Extract("Since January, UNICEF staff in North Darfur have screened 12,000 children for malnutrition.", null), c => c.Value == 12000).Source);

    [Fact]
    public void A_place_with_no_teams_before_it_names_no_worker() =>
        Assert.NotEqual("UNICEF", Assert.Single(Extractor.Extract("Shelling near the UNICEF office in North Darfur wounded 14 children, local medics said.", null), c => c.Value == 14).Source);
}
