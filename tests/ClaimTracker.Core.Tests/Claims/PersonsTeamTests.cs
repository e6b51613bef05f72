using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class PersonsTeamTests
{
    private const string Lede = "The UN Human Rights Monitoring Mission in Ukraine said at least 180 civilians were killed in September.\n\n";

    [Theory]
    [InlineData("\"The toll keeps rising,\" said Maria Lund, head of the mission. Her team also recorded the detention of 27 civilians.")]
    [InlineData("\"We are alarmed,\" said Pavel Horak, spokesperson for the mission. His office counted 27 civilians detained in occupied areas.")]
    public void A_persons_team_works_for_the_body_the_person_speaks_for(string paragraph) =>
        Assert.Equal("UN", Assert.Single(new ClaimExtractor().Extract(Lede + paragraph, null), c => c.Value == 27).Source);

    [Theory]
    [InlineData("Her team", "she")]
    [InlineData("his office", "he")]
    [InlineData("Her family", null)]
    [InlineData("the team", null)]
    public void Only_a_pronouns_team_or_office(string words, string? pronoun) =>
        Assert.Equal(pronoun, PersonsTeam.Pronoun(words));
}
