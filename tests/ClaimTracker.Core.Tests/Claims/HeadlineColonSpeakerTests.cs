using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class HeadlineColonSpeakerTests
{
    [Fact]
    public void A_headline_names_its_speaker_after_a_spaced_dash()
    {
        var claims = new ClaimExtractor().Extract("Some 45 civilians killed in Sumy region over the week – Kostin\n\nShelling continued overnight.", null);
        Assert.Equal("Ukrainian government", Assert.Single(claims, c => c.Value == 45).Source);
    }

    [Fact]
    public void A_hyphen_inside_a_word_names_no_speaker()
    {
        var claims = new ClaimExtractor().Extract("Strike on Al-Amal hospital kills 12 patients\n\nRescuers searched the rubble.", null);
        Assert.Null(Assert.Single(claims, c => c.Value == 12).Source);
    }

    [Fact]
    public void A_dash_before_words_naming_nobody_names_no_speaker()
    {
        var claims = new ClaimExtractor().Extract("About 300 people sheltering in a Kharkiv metro station – live updates\n\nRescuers searched the rubble.", null);
        Assert.Null(Assert.Single(claims, c => c.Value == 300).Source);
    }

    [Fact]
    public void The_headlines_speaker_stays_over_a_body_restatement_with_none()
    {
        var claims = new ClaimExtractor().Extract("Some 45 civilians killed in Sumy region over the week – Kostin\n\nIn all, 45 civilians were killed in the region over the week.", null);
        Assert.Equal("Ukrainian government", claims.First(c => c.Value == 45).Source);
    }
}
