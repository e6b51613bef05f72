using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="AttendeesRelay"/>: someone who sat in a closed session relays the body the sentence named before him;
/// with no body named, or a speaker with no attendance clause, nobody is credited by it.
/// </summary>
public sealed class AttendeesRelayTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Defence Minister Israel Katz spoke to the committee. Once the doors were closed, Katz presented a request to fund 9,000 more reservists, according to a member who was present.", "Israeli government")]
    [InlineData("Defence Minister Israel Katz spoke to the committee. Katz said 30 soldiers were wounded, according to lawmakers who were in the room.", "Israeli government")]
    [InlineData("The committee met on Monday. Once the doors were closed, the members discussed a request to fund 9,000 more reservists, according to a member who was present.", null)]
    public void An_attendee_relays_the_body_named_before_him(string text, string? source)
    {
        var claim = Assert.Single(Extractor.Extract(text));
        Assert.Equal(source, claim.Source);
    }
}
