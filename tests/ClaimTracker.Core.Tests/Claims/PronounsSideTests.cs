using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class PronounsSideTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("BEIRUT - The truce began at dawn. Israel says some 80 soldiers and roughly 40 civilians have died on its side since the fighting began.", 80, "Israeli troops")]
    [InlineData("BEIRUT - The truce began at dawn. Israel says some 80 soldiers and roughly 40 civilians have died on its side since the fighting began.", 40, "Israeli civilians")]
    [InlineData("KYIV - Russia says 12 soldiers were wounded on its side of the border overnight.", 12, "Russian troops")]
    public void A_side_named_by_its_pronoun_is_the_country_before_it(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Fact]
    public void A_side_named_by_its_pronoun_outweighs_the_storys_soldiers()
    {
        const string text = "BEIRUT - An Israeli strike killed three Lebanese soldiers at a checkpoint, the army said.\n\nIsrael says some 80 soldiers have died on its side since the fighting began.";
        Assert.Equal("Israeli troops", Assert.Single(Extractor.Extract(text, null), c => c.Value == 80).Subject);
    }

    [Theory]
    // Two countries before the pronoun: whose side it is stays unread, and the soldiers keep what the sentence gives them.
    [InlineData("BEIRUT - Israel and Lebanon say 30 soldiers have died on its side this year.", 30)]
    public void Two_countries_before_the_pronoun_name_no_side(string text, double value)
    {
        Assert.NotEqual("Israeli troops", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Fact]
    public void People_on_its_side_stay_people()
    {
        const string text = "BEIRUT - Israel says about 60 people have been killed on its side since October.";
        Assert.Equal("people", Assert.Single(Extractor.Extract(text, null), c => c.Value == 60).Subject);
    }
}
