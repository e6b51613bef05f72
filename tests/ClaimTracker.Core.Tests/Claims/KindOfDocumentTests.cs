using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="KindOfDocument"/>: a document's kind ("situation", "flash", "weekly") joins a speaker's name only right
/// before a document noun.
/// </summary>
public sealed class KindOfDocumentTests
{
    [Theory]
    [InlineData("situation report", true)]
    [InlineData("flash update", true)]
    [InlineData("weekly bulletin", true)]
    [InlineData("situation worsened", false)]
    [InlineData("security report", false)]
    [InlineData("monthly figures", false)]
    public void A_kind_stands_only_before_a_document_noun(string words, bool joins)
    {
        var tokens = new List<Token>();
        Token.Split(words, 0, words.Length, tokens);
        Assert.Equal(joins, KindOfDocument.Before(words, tokens[0], tokens[1]));
    }
}
