namespace ClaimTracker.Core.Claims;

/// <summary>
/// Each sentence's tokens, split once and kept for the article: the pass over the sentences splits every one, and the
/// passes after it (the people before a bare count, whose people a count is, the speaker's side, Gaza's headings) read
/// the same sentences again, each of which split them anew before (issue 10 item 4: one tokenisation shared).
/// Only whole sentences: a pass that reads part of one ("the first 40 characters") splits that part itself, since a
/// word the cut runs through is another token there.
/// </summary>
internal sealed class SentenceTokens(string text, List<Sentence> sentences)
{
    private readonly List<Token>?[] split = new List<Token>?[sentences.Count];

    /// <summary>The tokens of sentence <paramref name="index"/>, as <see cref="Token.Split"/> gives them; shared, so read only.</summary>
    public List<Token> Of(int index)
    {
        if (split[index] is not { } tokens)
        {
            tokens = [];
            Token.Split(text, sentences[index].Start, sentences[index].End, tokens);
            split[index] = tokens;
        }
        return tokens;
    }
}
