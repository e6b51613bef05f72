using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class TurnSpeakerTests
{
    // A made-up radio interview: the host introduces a relief worker by name and body, then the worker answers in turns.
    private const string Interview =
        "ANNA BELL: We go now to Khan Younis, where we are joined by Omar Haddad, a field officer with the Palestine Red Crescent.\n\n"
        + "OMAR HADDAD: Thank you. Our shelters are full tonight. We are hosting about 3,000 families in the school next door.\n\n"
        + "BELL: And your own staff?\n\n"
        + "HADDAD: Four of our volunteers were killed this week.\n";

    [Fact]
    public void A_guests_turn_speaks_for_the_body_introduced()
    {
        var claims = new ClaimExtractor().Extract(Interview, null);
        Assert.Equal("Palestine Red Crescent", Assert.Single(claims, c => c.Value == 3000).Source);
        Assert.Equal("Palestine Red Crescent", Assert.Single(claims, c => c.Value == 4).Source);
    }

    [Fact]
    public void A_title_case_label_opening_several_lines_takes_the_body_introduced()
    {
        const string text = "Tonight we spoke to Dr Samir Khoury, a senior surgeon with the Palestine Red Crescent in Rafah.\n\n"
            + "Jane Roe: The Israeli military says it hit 40 targets today. What are you seeing?\n\n"
            + "Dr Samir Khoury: It is very hard. We have treated more than 4,000 wounded since Monday.\n\n"
            + "Jane Roe: Thank you.\n\nDr Samir Khoury: Thank you.\n";
        var claims = new ClaimExtractor().Extract(text, null);
        Assert.Equal("Palestine Red Crescent", Assert.Single(claims, c => c.Value == 4000).Source);
    }

    [Fact]
    public void A_hosts_turn_carries_no_question_speaker()
    {
        const string text = "Host: The Israeli military says it struck 150 targets overnight.\n\n"
            + "Omar Haddad: I can only tell you what we see. About 70 people were brought to the hospital wounded.\n\n"
            + "Host: Thank you.\n\nOmar Haddad: Thank you.\n";
        var claims = new ClaimExtractor().Extract(text, null);
        Assert.Null(Assert.Single(claims, c => c.Value == 70).Source);
    }

    [Fact]
    public void A_page_label_in_capitals_is_no_turn()
    {
        const string text = "The Gaza Health Ministry said strikes killed 31 people on Monday.\n\n"
            + "UPDATE: Another 12 people died in hospital overnight.\n";
        var claims = new ClaimExtractor().Extract(text, null);
        Assert.Equal("Gaza Health Ministry", Assert.Single(claims, c => c.Value == 12).Source);
    }
}
