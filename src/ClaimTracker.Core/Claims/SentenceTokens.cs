namespace ClaimTracker.Core.Claims;

/// <summary>
/// The tokens of the sentences the passes after the first one read again (the people before a bare count, whose people
/// a count is, the speaker's side, Gaza's headings), split once for all of them: each split them anew before (issue 10
/// item 4: one tokenisation shared). Kept only for the sentences asked about (those with claims, headings), each list
/// at its exact size: keeping every sentence's split from the first pass cost 38 % more allocation per MB of text.
/// Only whole sentences: a pass that reads part of one ("the first 40 characters") splits that part itself, since a
/// word the cut runs through is another token there.
/// </summary>
internal sealed class SentenceTokens(List<Sentence> sentences, ArticleTokens articleTokens)
{
    private readonly List<Token>?[] split = new List<Token>?[sentences.Count];

    /// <summary>The tokens of sentence <paramref name="index"/>, as <see cref="Token.Split"/> gives them (a slice of the article's); shared, so read only.</summary>
    public List<Token> Of(int index)
    {
        if (split[index] is not { } tokens)
        {
            var scratch = articleTokens.CopyScratch;
            articleTokens.CopyInto(sentences[index].Start, sentences[index].End, scratch);
            split[index] = tokens = [.. scratch];
        }
        return tokens;
    }
}
