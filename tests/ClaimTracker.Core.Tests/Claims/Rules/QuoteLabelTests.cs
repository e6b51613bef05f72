using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class QuoteLabelTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Fact]
    public void A_quote_from_label_names_the_speaker_ahead_of_the_source_line()
    {
        var text = "Source: State Emergency Service of Ukraine; Tymur Tkachenko, Head of Kyiv City Military Administration\n\nQuote from Tkachenko: \"Four people were killed in a house in the Darnytskyi district.\"";
        Assert.Equal("Kyiv city military administration", Assert.Single(Extractor.Extract(text, null), c => c.Value == 4).Source);
    }

    [Fact]
    public void A_quote_from_label_with_the_full_name()
    {
        var text = "Source: State Emergency Service of Ukraine\n\nQuote from Ihor Klymenko: \"Eleven people were injured in the Holosiivskyi district overnight.\"";
        Assert.Equal("Ukrainian government", Assert.Single(Extractor.Extract(text, null), c => c.Value == 11).Source);
    }

    [Fact]
    public void A_quotes_by_label_names_the_speaker()
    {
        var text = "Source: Tymur Tkachenko, Head of Kyiv City Military Administration\n\nQuotes by Klymenko: \"Fourteen people were injured in the capital.\"";
        Assert.Equal("Ukrainian government", Assert.Single(Extractor.Extract(text, null), c => c.Value == 14).Source);
    }

    [Fact]
    public void A_quote_from_inside_a_sentence_is_no_label()
    {
        var text = "Zelensky posted a quote from Tkachenko: \"Five people were injured in the district.\"";
        Assert.NotEqual("Kyiv city military administration", Assert.Single(Extractor.Extract(text, null), c => c.Value == 5).Source);
    }
}
