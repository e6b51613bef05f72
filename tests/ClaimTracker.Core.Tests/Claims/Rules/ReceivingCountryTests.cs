using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ReceivingCountryTests
{
    [Theory]
    [InlineData("Both sides freed 205 prisoners, with 180 soldiers and 25 civilians returning to Ukraine.", "180", "Ukrainian")]
    [InlineData("Both sides freed 205 prisoners, with 180 soldiers and 25 civilians returning to Ukraine.", "25", "Ukrainian")]
    [InlineData("Kyiv also received the bodies of 640 fallen soldiers from Russia.", "640", "Ukrainian")]
    [InlineData("Moscow handed over the remains of 640 Ukrainian servicemen and received 31 bodies in return.", "31", "Russian")]
    [InlineData("Ninety-two of our people are back on Ukrainian soil, the commissioner wrote.", "Ninety-two", "Ukrainian")]
    [InlineData("Over two days, 480 prisoners have come home to Ukraine, the president said.", "480", "Ukrainian")]
    [InlineData("In all, 95 soldiers returned home to Russia on Friday.", "95", "Russian")]
    [InlineData("Officials said another 900 bodies were returned to Ukraine on Friday.", "900", "Ukrainian")]
    public void Swapped_people_are_the_receiving_side_s(string text, string number, string nationality)
    {
        var run = CountPhraseRun.Of(ReceivingCountry.Rule, text, number);
        Assert.Equal([nationality], run.Draft.Nationalities);
    }

    [Theory]
    [InlineData("Moscow handed over the remains of 640 Ukrainian servicemen and received 31 bodies in return.", "640", "Ukrainian")]
    [InlineData("About 300 soldiers returned to duty after treatment, Russia said.", "300", null)]
    [InlineData("Hospitals received 45 wounded people overnight.", "45", null)]
    [InlineData("In North Darfur, MSF teams in Tawila received 46 wounded people.", "46", null)]
    [InlineData("In Ukraine's Sumy region, the hospital received 27 injured people.", "27", null)]
    [InlineData("In southern Lebanon, the hospital in Tyre received 19 wounded people.", "19", null)]
    public void Leaves_a_count_with_its_own_nationality_or_no_receiving_country_alone(string text, string number, string? nationality)
    {
        var run = CountPhraseRun.Of(ReceivingCountry.Rule, text, number);
        Assert.Equal(nationality is null ? [] : [nationality], run.Draft.Nationalities);
    }
}
