using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// A JERUSALEM or TEL AVIV dateline names the seat of Israel's government for a leader's office; the city named in the
/// lede's words, in title case, or after another city does not.
/// </summary>
public sealed class LeaderSeatTests
{
    [Theory]
    [InlineData("Talks resume\n\nJERUSALEM (AP) — Some 48 hostages remain in Gaza, the prime minister's office said.", "IL")]
    [InlineData("Talks resume\n\nTEL AVIV, July 7 (Reuters) - Two hostages were rescued, the office said.", "IL")]
    [InlineData("Talks resume\n\nBEIRUT (AP) — Some 40 people were killed, the prime minister's office said.", null)]
    [InlineData("Talks resume\n\nCAIRO/JERUSALEM (Reuters) - Some 40 people were killed, officials said.", null)]
    [InlineData("Talks resume\n\nJerusalem's mayor said 12 people were wounded.", null)]
    [InlineData("Talks resume\n\nJERUSALEMITES marched on Sunday.", null)]
    public void Reads_the_seat_from_the_dateline_only(string text, string? expected) =>
        Assert.Equal(expected, LeaderSeat.Country(text, SentenceSplitter.Split(text)));
}
