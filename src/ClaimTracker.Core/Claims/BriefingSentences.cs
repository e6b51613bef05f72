namespace ClaimTracker.Core.Claims;

/// <summary>
/// Which sentences of an article join a lawmaker word and an intelligence word (<see cref="LawmakersBriefer"/>), each
/// worked out when first asked and kept. The briefer walks back from every lawmaker's sentence to the top of the story,
/// and tokenised each sentence twice per lawmaker; a story quoting lawmakers a dozen times read its opening a dozen
/// times over (issue 10 item 4). A whole sentence's answer depends on its text alone, so when it is asked cannot change it.
/// </summary>
internal sealed class BriefingSentences(string text, List<Sentence> sentences)
{
    // 0 not asked yet, 1 joins both, -1 does not.
    private sbyte[]? known;
    private readonly List<Token> tokens = [];

    /// <summary>Whether sentence <paramref name="k"/>, read whole, holds a lawmaker word and an intelligence word.</summary>
    public bool Joins(int k)
    {
        known ??= new sbyte[sentences.Count];
        if (known[k] == 0)
        {
            known[k] = LawmakersBriefer.JoinsBefore(text, sentences[k], sentences[k].End, tokens) ? (sbyte)1 : (sbyte)-1;
        }
        return known[k] > 0;
    }
}
