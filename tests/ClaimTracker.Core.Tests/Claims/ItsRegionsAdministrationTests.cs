using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="ItsRegionsAdministration"/>: "its administration" after a region the same sentence names is that region's,
/// even when another entry of the page names another region's governor.
/// </summary>
public sealed class ItsRegionsAdministrationTests
{
    private static string? SourceOf(string text, double value) =>
        new ClaimExtractor().Extract(text, null).First(c => c.Value == value).Source;

    [Fact]
    public void Its_administration_is_the_region_the_sentence_names_not_another_entrys()
    {
        const string text = "Overnight strikes\n\nTwo women died and five were hurt in the Sumy region, according to its military administration.\n\n"
            + "Later\n\nIn Poltava, three people were hurt, governor Volodymyr Kohut said.";
        Assert.Equal("Sumy regional administration", SourceOf(text, 2));
    }

    [Theory]
    [InlineData("Six houses burned in the Kharkiv oblast overnight and 11 people were hurt, its regional military administration said.", "Kharkiv")]
    [InlineData("Ukraine's Odesa region was hit again, and its state administration said 4 people died.", "Odesa")]
    public void The_region_is_read_through_its_level_words(string sentence, string place)
    {
        var at = sentence.IndexOf("administration", StringComparison.Ordinal);
        Assert.Equal(place, ItsRegionsAdministration.Read(sentence, at)?.Place);
    }

    [Theory]
    [InlineData("Nine people were hurt in the Sumy region. Its military administration said repairs had begun.")]
    [InlineData("Nine people were hurt, the city said, according to its military administration.")]
    [InlineData("The Sumy region's police said its administration had nine hurt.")]
    public void Another_sentences_region_or_no_region_gives_no_place(string sentence)
    {
        var at = sentence.IndexOf("administration", StringComparison.Ordinal);
        Assert.Null(ItsRegionsAdministration.Read(sentence, at));
    }
}
