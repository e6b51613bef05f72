using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class FormalNameOfCountryTests
{
    // The shipped registry: its aliases open with the bodies' countries ("South Korea's Joint Chiefs of Staff").
    private static SourceRegistry Registry => SourceRegistry.Default;

    [Theory]
    [InlineData("The Joint Chiefs of Staff", "South Korean military")]
    [InlineData("the Ministry of Public Health's figures", "Lebanese Health Ministry")]
    [InlineData("the Ministry of Public Health", "Lebanese Health Ministry")]
    public void A_formal_name_is_borne_by_the_body_whose_alias_it_ends(string words, string body) =>
        Assert.Contains(Registry.Find(body)!, FormalNameOfCountry.Bearers(words, Registry)!);

    [Theory]
    [InlineData("the military")]
    [InlineData("the ministry")]
    [InlineData("Local Residents Committee")]
    public void A_one_word_or_unregistered_name_is_borne_by_none(string words) =>
        Assert.Null(FormalNameOfCountry.Bearers(words, Registry));

    [Fact]
    public void The_filed_country_comes_first_then_a_country_named_by_name()
    {
        var bearers = FormalNameOfCountry.Bearers("The Joint Chiefs of Staff", Registry)!;
        var text = "U.S. officials said the figures were in line with Seoul's own.";
        List<Sentence> sentences = [new(0, text.Length, 0, 0, false)];
        Assert.Equal("South Korean military", FormalNameOfCountry.Placed(bearers, "KR", text, sentences, 0, text.Length)?.Name);
        Assert.Equal("South Korean military", FormalNameOfCountry.Placed(bearers, null, text, sentences, 0, text.Length)?.Name);
    }

    [Fact]
    public void An_adjective_names_the_counted_not_the_body()
    {
        var bearers = FormalNameOfCountry.Bearers("The Joint Chiefs of Staff", Registry)!;
        var text = "About 1,100 North Korean and American soldiers were counted.";
        List<Sentence> sentences = [new(0, text.Length, 0, 0, false)];
        Assert.Null(FormalNameOfCountry.Placed(bearers, null, text, sentences, 0, text.Length));
    }
}
