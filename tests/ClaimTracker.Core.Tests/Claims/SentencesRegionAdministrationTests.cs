using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="SentencesRegionAdministration"/>: "the regional administration" with no place of its own is the region
/// its sentence names with its level word, the nearest first; a bare city names no region.
/// </summary>
public sealed class SentencesRegionAdministrationTests
{
    private static string? SourceOf(string text, double value) =>
        new ClaimExtractor().Extract(text, null).First(c => c.Value == value).Source;

    [Fact]
    public void The_regional_administration_is_the_region_its_sentence_names_not_another_sentences()
    {
        const string text = "Governor Ivan Fedorov said the Zaporizhzhia region was shelled 40 times.\n\n"
            + "In the Rivne region, debris from a drone wounded 3 people, the regional military administration said.";
        Assert.Equal("Rivne regional administration", SourceOf(text, 3));
    }

    [Theory]
    [InlineData("Strikes on the Kharkiv region and then the Sumy region wounded 9 people, the regional administration said.", "Sumy")]
    [InlineData("In Kherson Oblast, the regional state administration said 9 people were wounded.", "Kherson")]
    public void The_nearest_region_comes_first(string sentence, string place)
    {
        var at = sentence.IndexOf("administration", StringComparison.Ordinal);
        Assert.Equal(place, SentencesRegionAdministration.Read(sentence, at)?.Places[0]);
    }

    [Theory]
    [InlineData("Nine people were hurt in the Sumy region. The regional administration said repairs had begun.")]
    [InlineData("Nine people were hurt near the border, the regional administration said.")]
    [InlineData("In the Sumy region, nine people were hurt, the regional police administration said.")]
    [InlineData("In the Sumy region, nine people were hurt, its military administration said.")]
    [InlineData("In Kherson, shelling wounded 9 people, according to the regional military administration.")]
    public void Another_sentences_region_or_no_regional_administration_gives_no_place(string sentence)
    {
        var at = sentence.IndexOf("administration", StringComparison.Ordinal);
        Assert.Null(SentencesRegionAdministration.Read(sentence, at));
    }
}
