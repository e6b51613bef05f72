using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class NamedIndividualTests
{
    [Theory]
    [InlineData("Ahmed Saleh, a paramedic, said 12 people were killed.", "Ahmed Saleh", true)]
    [InlineData("Twelve people were killed, said Ahmed Saleh, a paramedic who reached the scene.", "Ahmed Saleh", true)]
    [InlineData("Twelve people were killed, according to Dr Ahmed Saleh, who treated the wounded.", "Ahmed Saleh", true)]
    [InlineData("MK Ofer Cassif said 12 people were killed.", "Ofer Cassif", true)]
    [InlineData("Demographer Maria Kovalchuk said 40,000 people had fled.", "Maria Kovalchuk", true)]
    [InlineData("Kyiv Mayor Petro Hnat said 12 people were killed.", "Petro Hnat", false)]
    [InlineData("The city's mayor, Petro Hnat, said 12 people were killed.", "Petro Hnat", false)]
    [InlineData("Omar Haddad, a spokesman for the relief committee, said 12 people were killed.", "Omar Haddad", false)]
    [InlineData("Omar Haddad, who heads the relief committee, said 12 people were killed.", "Omar Haddad", false)]
    [InlineData("Dr Lina Farouk, a surgeon at Al-Amal hospital, said 12 people were killed.", "Lina Farouk", false)]
    [InlineData("Omar Haddad of the Darfur Relief Committee said 12 people were killed.", "Omar Haddad", false)]
    public void A_named_individual_is_credited_by_name_unless_he_speaks_for_a_body(string text, string person, bool credited)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(text, null));
        if (credited)
        {
            Assert.Equal(person, claim.Source);
        }
        else
        {
            Assert.NotEqual(person, claim.Source);
        }
    }

    [Fact]
    public void An_unnamed_speaker_stays_uncredited()
    {
        var claim = Assert.Single(new ClaimExtractor().Extract("A resident said 12 people were killed.", null));
        Assert.Null(claim.Source);
    }

    [Theory]
    [InlineData("Ahmed Saleh", "Ahmed Saleh", false)]
    [InlineData("Dr. Amira Suleiman", "Amira Suleiman", false)]
    [InlineData("Kyiv economist Serhiy Fursa", "Serhiy Fursa", false)]
    [InlineData("Kharkiv Mayor Ihor Terekhov", "Ihor Terekhov", true)]
    [InlineData("Nasser hospital in Khan Yunis", null, false)]
    [InlineData("Opposition MKs", null, false)]
    [InlineData("As UNIAN", null, false)]
    [InlineData("the United States", null, false)]
    public void The_name_is_the_capitalised_words_after_any_title(string mention, string? name, bool office)
    {
        Assert.Equal(name, IndividualsName.Of(mention, out var isOffice));
        if (name is not null)
        {
            Assert.Equal(office, isOffice);
        }
    }

    [Fact]
    public void A_family_name_alone_is_read_as_the_name_first_given()
    {
        const string text = "MK Ram Ben Barak spoke first. Later Ben Barak said more.";
        Assert.Equal((3, "Ram Ben Barak"), IndividualsName.FirstGiven(text, "Ben Barak"));
    }
}
