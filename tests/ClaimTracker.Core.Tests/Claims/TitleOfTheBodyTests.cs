using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class TitleOfTheBodyTests
{
    private static string? Owner(string text, string name)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        return TitleOfTheBody.Owner(text, new Attributor(start, start + name.Length, name, null, AttributorCue.Verb, 0));
    }

    [Theory]
    [InlineData("\"It is grim,\" said Maria Lund, head of the mission.", "Maria Lund", "the mission")]
    [InlineData("Olena Marchuk, spokesperson for the agency, told reporters that 40 had died.", "Olena Marchuk", "the agency")]
    public void A_title_of_a_body_named_by_its_noun(string text, string name, string owner) =>
        Assert.Equal(owner, Owner(text, name));

    [Theory]
    [InlineData("\"It is grim,\" said Maria Lund, a mother of three.", "Maria Lund")]
    [InlineData("\"It is grim,\" said Maria Lund, head of the family.", "Maria Lund")]
    public void Leaves_other_descriptions_alone(string text, string name) =>
        Assert.Null(Owner(text, name));

    [Fact]
    public void The_person_speaks_for_the_body() =>
        Assert.Equal("UN", Assert.Single(new ClaimExtractor().Extract("The UN Human Rights Monitoring Mission in Ukraine visited Kherson.\n\n\"We counted 40 dead,\" said Maria Lund, head of the mission.", null)).Source);
}
