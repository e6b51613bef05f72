using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class OtherSidesOpeningTests
{
    private const string AgencysLebanon = "About 48,000 people have fled their homes in southern Lebanon, the International Organization for Migration said on Friday.\n\n";
    private const string MinistrysToll = "Israeli strikes have killed 2,400 people in Lebanon since October, Lebanon's health ministry said.\n\n";

    [Theory]
    [InlineData(AgencysLebanon + "In Israel, around 55,000 residents of border towns were moved out in October.")]
    [InlineData(AgencysLebanon + "In northern Israel, too, the fighting has forced around 55,000 people from their homes.")]
    [InlineData(AgencysLebanon + "Across the border, Israel has evacuated around 55,000 residents of the north.")]
    [InlineData(MinistrysToll + "In northern Israel, too, the fighting has forced around 55,000 people from their homes.")]
    [InlineData(MinistrysToll + "Across the border, about 55,000 people have left their homes in northern communities.")]
    public void A_sentence_opening_on_the_other_side_leaves_the_speaker(string text) =>
        Assert.Null(Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == 55000).Source);

    [Theory]
    [InlineData(AgencysLebanon + "In Lebanon, a further 55,000 people have been displaced from villages near Tyre.", "IOM")]
    [InlineData(MinistrysToll + "In Lebanon, another 55,000 people have been wounded in the strikes.", "Lebanese Health Ministry")]
    [InlineData(AgencysLebanon + "A further 55,000 people have been displaced from villages near Tyre.", "IOM")]
    public void A_sentence_on_the_speakers_own_side_keeps_it(string text, string source) =>
        Assert.Equal(source, Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == 55000).Source);
}
