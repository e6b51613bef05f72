using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class PossessiveSpeakerTests
{
    [Theory]
    [InlineData("the Health Ministry's Emergency Operations Center", "the Health Ministry")]
    [InlineData("the Defence Ministry's press service", "the Defence Ministry")]
    [InlineData("the group's spokesman", "the group")]
    [InlineData("the spy agency's December", "the spy agency")]
    public void A_body_or_a_body_of_a_kind_owns_the_office_that_speaks(string words, string owner) =>
        Assert.Equal(owner, PossessiveSpeaker.Owner(words));

    [Theory]
    [InlineData("the Prime Minister's Office")]
    [InlineData("the boy's father")]
    [InlineData("the ministry's")]
    public void An_owner_that_is_no_body_is_left_alone(string words) =>
        Assert.Null(PossessiveSpeaker.Owner(words));

    [Theory]
    [InlineData("BEIRUT — Three people were killed in a drone strike near Tyre, the Health Ministry's Emergency Operations Center said.")]
    [InlineData("BEIRUT — A strike on a car killed three people, the Health Ministry's Emergency Operations Centre said in a statement carried by the state news agency.")]
    public void The_ministrys_office_credits_the_ministry(string text) =>
        Assert.Equal("Lebanese Health Ministry", Assert.Single(new ClaimExtractor().Extract(text, null)).Source);
}
