using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class WorkforceSpeakerTests
{
    private const string Lede = "The Gaza Health Ministry said the toll had risen to 70,100.\n\n";

    [Theory]
    [InlineData("At al-Aqsa Hospital in Deir al-Balah, staff said they had received the bodies of 12 Palestinians.")]
    [InlineData("At the Kuwaiti field hospital, staff told reporters that 12 wounded people had been brought in.")]
    public void Bare_staff_are_a_speaker_of_their_own(string sentence)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(Lede + sentence, null), c => c.Value == 12);
        Assert.Null(claim.Source);
        Assert.Equal("staff", claim.SourceMention);
    }

    [Fact]
    public void The_general_staff_still_points_back()
    {
        var claim = Assert.Single(new ClaimExtractor().Extract("Ukraine's General Staff said 1,200 Russian soldiers were killed on Monday. Another 900 were wounded, the General Staff said.", null), c => c.Value == 900);
        Assert.Equal("Ukrainian General Staff", claim.Source);
    }
}
