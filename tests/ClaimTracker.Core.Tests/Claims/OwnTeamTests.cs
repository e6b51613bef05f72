using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class OwnTeamTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("our team")]
    [InlineData("Our teams")]
    [InlineData("our medical teams")]
    [InlineData("Our records")]
    [InlineData("our data")]
    [InlineData("We")]
    public void Our_and_a_staff_noun_is_the_bodys_own_team(string speaker) => Assert.True(OwnTeam.Is(speaker));

    [Theory]
    [InlineData("our sources")]
    [InlineData("the team")]
    [InlineData("our")]
    [InlineData("we and our partners")]
    [InlineData("our neighbours")]
    public void Other_speakers_are_no_own_team(string speaker) => Assert.False(OwnTeam.Is(speaker));

    [Fact]
    public void Our_staff_in_a_press_release_speak_for_the_body() =>
        Assert.Equal("MSF", Assert.Single(Extractor.Extract(
            "Chad: wounded arrive in Adre after attacks in West Darfur\n\nPress release | Médecins Sans Frontières\n\nBy Friday, 140 wounded people had reached the hospital, our staff reported.", null), c => c.Value == 140).Source);
}
