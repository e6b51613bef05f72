using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class BelligerentsDeedTests
{
    private const string ArmySpoke = "The Israeli army said it had killed more than 200 militants in the past week.\n\n";

    [Theory]
    [InlineData("Hamas-led gunmen killed about 1,150 people in southern Israel on that day.", 1150)]
    [InlineData("On the northern front, Hezbollah's rockets and drones killed 38 civilians over the year.", 38)]
    [InlineData("Hezbollah fired dozens of rockets at Metula on Sunday, killing two farmers.", 2)]
    [InlineData("Last spring, as part of a goodwill gesture, Israel freed six Lebanese detainees.", 6)]
    public void A_sides_deed_takes_no_speaker_from_the_paragraph_before(string sentence, double value)
    {
        var claims = new ClaimExtractor().Extract(ArmySpoke + sentence, null);
        Assert.Null(Assert.Single(claims, c => c.Value == value).Source);
    }

    [Fact]
    public void A_nationality_before_the_attack_keeps_the_speaker()
    {
        var claims = new ClaimExtractor().Extract(
            "Gaza's health ministry said 61 people had been killed over the previous day.\n\nIsraeli strikes killed 14 members of one family in Khan Younis.", null);
        Assert.Equal("Gaza Health Ministry", Assert.Single(claims, c => c.Value == 14).Source);
    }

    [Fact]
    public void A_sides_deed_in_the_speakers_own_paragraph_keeps_the_speaker()
    {
        var claims = new ClaimExtractor().Extract(
            "Ukraine's general staff said on Monday that fighting had intensified near Pokrovsk. Russia has captured 30 Ukrainian soldiers there this month.", null);
        Assert.Equal("Ukrainian General Staff", Assert.Single(claims, c => c.Value == 30).Source);
    }

    [Theory]
    [InlineData("Hamas-led fighters killed 1,200 people.", true)]
    [InlineData("On the Israeli side, Hezbollah's rockets and drones killed 45 civilians.", true)]
    [InlineData("In March, in what the prime minister's office called a gesture, Israel released five detainees.", true)]
    [InlineData("Israeli strikes killed 27 people.", false)]
    [InlineData("Israel says it targets only militants.", false)]
    public void Opens_on_a_side_doing_a_deed(string sentence, bool opens)
    {
        Assert.Equal(opens, BelligerentsDeed.Opens(sentence, new Sentence(0, sentence.Length, 0, 0, false)));
    }
}
