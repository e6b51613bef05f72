using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>A people named by its plural noun counts itself; a country named by its own name places it.</summary>
public sealed class PeopleNamedAsSuchTests
{
    [Theory]
    [InlineData("More than 200,000 Israelis left", "Israelis", true, false)]
    [InlineData("About 12,000 Ukrainians were evacuated", "Ukrainians", true, false)]
    [InlineData("homes near the Lebanon border", "Lebanon", false, true)]
    [InlineData("Two Israeli soldiers were killed", "Israeli", false, false)]
    public void A_plural_people_counts_and_a_countrys_name_places(string sentence, string word, bool people, bool countrysName)
    {
        var tokens = new List<Token>();
        Token.Split(sentence, 0, sentence.Length, tokens);
        var index = tokens.FindIndex(t => sentence.AsSpan(t.Start, t.Length).SequenceEqual(word));
        var found = Nationality.At(sentence, tokens, index);
        Assert.NotNull(found);
        Assert.Equal(people, PeopleNamedAsSuch.Is(sentence, tokens, index, found.Value));
        Assert.Equal(countrysName, PeopleNamedAsSuch.IsCountrysName(sentence, tokens, index, found.Value));
    }
}
