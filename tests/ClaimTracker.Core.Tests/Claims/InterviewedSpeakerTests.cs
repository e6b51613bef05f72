using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class InterviewedSpeakerTests
{
    private const string Before = "Strikes killed 14 people overnight, the Gaza Health Ministry said on Friday.\n\n";

    [Theory]
    [InlineData("A commander of a drone unit on the southern front told The Telegraph that his team had hit 12 fighters.", 12)]
    [InlineData("A nurse at the clinic told reporters that 25 people were brought in.", 25)]
    [InlineData("A paramedic working in the north told Reuters that 19 bodies were recovered.", 19)]
    public void Someone_who_told_an_outlet_is_not_the_speaker_before(string sentence, double value)
    {
        var claims = new ClaimExtractor().Extract(Before + sentence, null);
        Assert.Null(Assert.Single(claims, c => c.Value == value).Source);
    }

    [Fact]
    public void A_sentence_with_no_one_told_keeps_the_speaker()
    {
        var claims = new ClaimExtractor().Extract(Before + "The strikes also wounded 30 people.", null);
        Assert.Equal("Gaza Health Ministry", Assert.Single(claims, c => c.Value == 30).Source);
    }
}
