using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary><see cref="SpeakersSide"/> through the extractor: it needs the claim's speaker, found after the counts are read.</summary>
public sealed class SpeakersSideTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("\"We have lost 14 of our men in two days,\" a Ukrainian commander told reporters.", 14, "Ukrainian men")]
    [InlineData("\"The enemy lost 260 men in the last assault alone,\" a Ukrainian commander said.", 260, "Russian men")]
    [InlineData("MOGADISHU (AFP) — \"We lost 12 men,\" said Captain Abdi Hassan by phone.", 12, "Somali men")]
    public void Our_people_are_the_speaker_s_and_the_enemy_the_other_side_s(string text, double value, string subject)
    {
        var claim = Assert.Single(Extractor.Extract(text), c => c.Value == value);
        Assert.Equal(subject, claim.Subject);
    }

    [Theory]
    [InlineData("\"We killed 40 fighters before noon,\" a Ukrainian commander said.", 40, "fighters")]
    [InlineData("\"We lost 12 men,\" said Captain Abdi Hassan by phone.", 12, "men")]
    public void The_speaker_s_victims_or_a_speaker_with_no_country_give_no_nationality(string text, double value, string subject)
    {
        var claim = Assert.Single(Extractor.Extract(text), c => c.Value == value);
        Assert.Equal(subject, claim.Subject);
    }

    [Theory]
    [InlineData("\"We have lost 14 of our men\"", 1)]
    [InlineData("the enemy lost 260 men", -1)]
    [InlineData("we killed 40 of them", 0)]
    public void Reads_the_side_from_the_words_around_the_number(string text, int side)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        var number = tokens.First(t => char.IsDigit(text[t.Start]));
        Assert.Equal(side, SpeakersSide.SideNear(text, tokens, number.Start, number.End));
    }
}
