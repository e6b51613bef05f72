using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class OwnedUnitSpeakerTests
{
    // The unit's words as the name walk hands them over (from its first name word), and the owner's words expected.
    [Theory]
    [InlineData("The Sudanese army's 6th Infantry Division", "Infantry Division", "The Sudanese army")]
    [InlineData("the SAF's 6th Infantry Division", "Infantry Division", "the SAF")]
    [InlineData("The Sudanese Armed Forces' 5th Infantry Division", "Infantry Division", "The Sudanese Armed Forces")]
    [InlineData("The Sudanese army's Sixth Infantry Division", "Sixth Infantry Division", "The Sudanese army")]
    [InlineData("Ukraine's 93rd Mechanized Brigade", "Mechanized Brigade", "Mechanized Brigade")]
    [InlineData("the city's 6th Infantry Division", "Infantry Division", "Infantry Division")]
    [InlineData("The Sudanese army's Infantry Division", "Infantry Division", "Infantry Division")]
    [InlineData("The army's 6th district office", "district office", "district office")]
    public void A_numbered_unit_speaks_for_the_body_that_owns_it(string text, string unit, string expected)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        var first = tokens.FindIndex(t => t.Start == text.IndexOf(unit, StringComparison.Ordinal));
        var (ownerFirst, ownerLast) = OwnedUnitSpeaker.Owner(text, tokens, (first, tokens.Count - 1));
        Assert.Equal(expected, text[tokens[ownerFirst].Start..tokens[ownerLast].End]);
    }

    [Theory]
    [InlineData("the regional government", true)]
    [InlineData("The regional authorities", true)]
    [InlineData("the government", false)]
    [InlineData("the regional police", false)]
    public void A_regional_government_is_read_as_the_regions(string words, bool expected) =>
        Assert.Equal(expected, RegionalGovernment.Is(words));
}
