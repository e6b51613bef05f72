using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// A title's body read from "an official with the civil defence agency": describing words between "the" and the noun,
/// "with" as a link, and, read whole, nothing but an article ("a", "an" or the wire's definite "the") and one
/// describing word before the title.
/// </summary>
public sealed class TitledOwnerTests
{
    [Theory]
    [InlineData("a spokesman for the ministry", "the ministry")]
    [InlineData("an official with the civil defence agency", "the civil defence agency")]
    [InlineData("An official at the health ministry", "the health ministry")]
    [InlineData("A spokesperson for the Hamas-run health ministry", "the Hamas-run health ministry")]
    [InlineData("an official with the agency's rescue team", null)]
    [InlineData("a spokesman for the prime minister's office", null)]
    [InlineData("a spokesman for the ministry of the interior", null)]
    [InlineData("an official with the four big civil defence agency", null)]
    [InlineData("The director of medical supplies at the agency", "the agency")]
    [InlineData("the head of rescue operations at the civil defence agency", "the civil defence agency")]
    [InlineData("the director of Nasser Hospital at the agency", null)]
    [InlineData("the director of the hospital's ward at the agency", null)]
    [InlineData("the director of four big medical supply depots at the agency", null)]
    public void The_body_ends_the_words(string words, string? owner) => Assert.Equal(owner, TitledOwner.Of(words, whole: false));

    [Theory]
    [InlineData("head of the mission", "the mission")]
    [InlineData("an official with the civil defence agency", "the civil defence agency")]
    [InlineData("a senior official with the civil defence agency", "the civil defence agency")]
    [InlineData("who told reporters an official with the civil defence agency", null)]
    [InlineData("the head of the mission", "the mission")]
    [InlineData("the spokesman for the army", "the army")]
    [InlineData("who told reporters the head of the mission", null)]
    public void Read_whole_only_an_article_and_a_describing_word_stand_before_the_title(string words, string? owner) =>
        Assert.Equal(owner, TitledOwner.Of(words, whole: true));
}
