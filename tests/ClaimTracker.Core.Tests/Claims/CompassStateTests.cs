using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class CompassStateTests
{
    [Theory]
    [InlineData("North Korea has not confirmed it. Seoul believes the North sent about 11,000 soldiers.", "North Korean")]
    [InlineData("The North Korean units took heavy losses, and the North could send more.", "North Korean")]
    [InlineData("South Sudan closed its border as the South said 4,000 refugees had crossed.", "South Sudanese")]
    public void The_compass_word_names_the_country_the_article_spelled_out(string text, string adjective)
    {
        Assert.Equal(adjective, CompassOf(text)?.Adjective);
    }

    [Theory]
    [InlineData("Fighting spread to the North Darfur capital, where the North Kordofan road was cut.")]
    [InlineData("Refugees fled to the north of the country, and the North was quiet.")]
    public void A_compass_word_before_a_name_or_without_a_country_spelled_out_names_nothing(string text)
    {
        Assert.Null(CompassOf(text));
    }

    private static Nationality? CompassOf(string text)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        var at = tokens.FindIndex(t => text[t.Start..t.End] is "North" or "South" && t.Start > 0 && text[..t.Start].EndsWith("the ", StringComparison.Ordinal));
        return CompassState.At(text, tokens, at);
    }
}
