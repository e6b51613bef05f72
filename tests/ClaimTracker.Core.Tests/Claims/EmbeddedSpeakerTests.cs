using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class EmbeddedSpeakerTests
{
    [Theory]
    [InlineData("Ukraine received the bodies of 909 people that Russia says are Ukrainian soldiers, the Coordination Headquarters for the Treatment of Prisoners of War said.")]
    [InlineData("Some 909 bodies, which Russia claims belong to Ukrainian servicemen, were returned to Ukraine, the Coordination Headquarters for the Treatment of Prisoners of War said.")]
    public void A_speaker_inside_a_relative_clause_is_not_the_source(string text) =>
        Assert.Equal("Ukrainian Coordination Headquarters", Assert.Single(new ClaimExtractor().Extract(text, null)).Source);

    [Fact]
    public void A_speaker_inside_a_relative_clause_with_no_other_speaker_is_still_the_source() =>
        Assert.Equal("Russian MoD", Assert.Single(new ClaimExtractor().Extract("Ukraine received the bodies of 909 people that the Russian Defence Ministry says are Ukrainian soldiers.", null)).Source);
}
