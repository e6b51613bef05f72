using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class BareCountrysPlaceNameTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    // A dateline, a city or a region of Sudan, Lebanon or Ukraine before a count of people is where they are.
    [InlineData("PORT SUDAN (AFP) - About 18,000 people have fled the fighting around Babanusa this month, the UN said.", 18000)]
    [InlineData("Displacement sites across South Darfur now hold some 95,000 people, aid groups said.", 95000)]
    [InlineData("In Beirut, nearly 9,000 people are sleeping in public schools, the city said.", 9000)]
    [InlineData("Kyiv has taken in about 60,000 people from the eastern regions since spring, officials said.", 60000)]
    public void A_place_name_keeps_the_people_bare(string text, double value)
    {
        Assert.Equal("people", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Theory]
    // Residents, families, households, patients and journalists too (populations.json placeNamedNouns).
    [InlineData("KHARTOUM (Reuters) - Some 5,000 residents remain trapped in the old city, a local committee said.", 5000, "residents")]
    [InlineData("Port Sudan now hosts about 6,000 families who fled Omdurman, the state government said.", 6000, "families")]
    public void A_place_name_keeps_other_groups_bare(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Theory]
    // The adjective, or its plural, still names the people.
    [InlineData("More than 14,000 Sudanese have crossed into Chad since Sunday, the UN refugee agency said.", 14000, "Sudanese people")]
    [InlineData("About 20,000 Ukrainians have left the city since the summer, officials in Kharkiv said.", 20000, "Ukrainian people")]
    public void The_adjective_still_names_them(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
