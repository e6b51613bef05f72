using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="StatedInDocument"/> splits a sentence from its "this " only when the rest may name a document (branch
/// `speed31`): wherever the search says no, no token of the split may be a document noun, for the rest of every
/// sentence of every test text from every "this " and for spellings the ASCII search must not misread.
/// </summary>
public sealed class StatedInDocumentTests
{
    private static readonly WordSet Documents = WordLists.Set("documentAnaphors");

    [Fact]
    public void No_span_the_search_passes_over_holds_a_document_noun()
    {
        var tokens = new List<Token>();
        var (spans, passed) = (0, 0);
        foreach (var text in TestDataTexts.All())
        {
            foreach (var s in SentenceSplitter.Split(text))
            {
                var sentence = text.AsSpan(s.Start, s.End - s.Start);
                for (var at = sentence.IndexOf("this ", StringComparison.OrdinalIgnoreCase); at >= 0;)
                {
                    spans++;
                    if (!StatedInDocument.MayNameADocument(sentence[at..]))
                    {
                        passed++;
                        Assert.False(HoldsDocument(text, s.Start + at, s.End, tokens), text.Substring(s.Start + at, s.End - s.Start - at));
                    }
                    var next = sentence[(at + 1)..].IndexOf("this ", StringComparison.OrdinalIgnoreCase);
                    at = next < 0 ? -1 : at + 1 + next;
                }
            }
        }
        Assert.True(spans > 300 && passed > 200, $"Only {spans} spans, {passed} passed over.");
    }

    [Theory]
    [InlineData("this is stated in the monthly update of the mission", true)]
    [InlineData("this was reported in a BULLETIN", true)]
    [InlineData("this week the army said", false)]
    [InlineData("this was ſtatement-like", true)]
    [InlineData("this is Report’s", true)]
    [InlineData("this is reported", true)]
    [InlineData("", false)]
    public void Spellings(string span, bool may)
    {
        Assert.Equal(may, StatedInDocument.MayNameADocument(span));
        var tokens = new List<Token>();
        if (!may)
        {
            Assert.False(HoldsDocument(span, 0, span.Length, tokens));
        }
    }

    private static bool HoldsDocument(string text, int start, int end, List<Token> tokens)
    {
        Token.Split(text, start, end, tokens);
        return tokens.Exists(t => t.IsWord && Documents.Contains(text.AsSpan(t.Start, t.Length)));
    }
}
