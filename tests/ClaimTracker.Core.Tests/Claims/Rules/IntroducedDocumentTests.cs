using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public class IntroducedDocumentTests
{
    private const string Release = "About 5,200 people fled Kadugli, the International Organization for Migration said in a statement.\n\n"
        + "\"People arrive with nothing,\" said Hana Osman, a field coordinator.\n\nSome 1,900 sheltered in schools, the statement said.";

    [Fact]
    public void The_statement_is_the_body_that_issued_it()
    {
        Assert.Equal("IOM", AuthorOfLast(Release)?.Name);
    }

    [Fact]
    public void A_statement_never_introduced_has_no_author()
    {
        var text = "About 5,200 people fled Kadugli, the International Organization for Migration said on Monday.\n\n"
            + "Some 1,900 sheltered in schools, the statement said.";
        Assert.Null(AuthorOfLast(text));
    }

    [Theory]
    [InlineData("Some 1,900 sheltered in schools, the statement said.", "statement", true)]
    [InlineData("The ministry said in a statement that 1,900 sheltered.", "statement", false)]
    [InlineData("The ministry statement said 1,900 sheltered.", "statement", false)]
    public void Only_the_document_after_the_names_a_speaker(string text, string noun, bool expected)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        var at = tokens.FindIndex(t => t.IsWord && text[t.Start..t.End] == noun);
        Assert.Equal(expected, BodysDocument.Names(text, tokens, at));
    }

    private static SourceDefinition? AuthorOfLast(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        return IntroducedDocument.Author(text, sentences, SourceRegistry.Default.FindMentions(text), sentences.Count - 1, "the statement", out _);
    }
}
