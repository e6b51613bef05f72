using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="CitysMilitaryAdministration"/>: "the city's military administration" is the city the sentence names, and
/// "the capital's" is Kyiv's; a sentence with no city it knows gives none.
/// </summary>
public sealed class CitysMilitaryAdministrationTests
{
    [Theory]
    [InlineData("In Dnipro, a drone hit a bus stop and the city's military administration said three died.", "Dnipro")]
    [InlineData("Two people were killed in Kryvyi Rih on Sunday, the city's civil-military administration said.", "Kryvyi Rih")]
    [InlineData("Four were hurt in Russian strikes across the capital, the city's military administration said.", "Kyiv")]
    [InlineData("The capital's military administration said 15 people were hurt.", "Kyiv")]
    public void The_city_is_the_one_the_sentence_names(string sentence, string place)
    {
        var at = sentence.IndexOf("administration", StringComparison.Ordinal);
        Assert.Equal(place, CitysMilitaryAdministration.Read(sentence, at)?.Place);
    }

    [Theory]
    [InlineData("Two were hurt in the Sumy region, the city's military administration said.")]
    [InlineData("Two were hurt in Russian strikes, the city's military administration said.")]
    [InlineData("In Kyiv, two were hurt. The city's military administration said repairs had begun.")]
    [InlineData("In Kyiv, two were hurt, the city's administration said.")]
    public void No_city_or_no_military_gives_nothing(string sentence)
    {
        var at = sentence.IndexOf("administration", StringComparison.Ordinal);
        Assert.Null(CitysMilitaryAdministration.Read(sentence, at));
    }
}
