namespace ClaimTracker.Core.Claims;

/// <summary>
/// "That was followed by a statement from a Hezbollah-linked Islamic health organisation, which said eight of its staff
/// … had been killed" (Unseen42 skynews-bachoura): the relative pronoun speaks for the body brought in right before the
/// comma, a new speaker with an indefinite article, not the speaker carried from the sentence before. The walk back from
/// the verb stopped at "which" and found no name, so the figures went to whoever spoke last. Here the speaker is the
/// noun phrase from its "a" / "an" to the comma (a few describing words at most), which names no registry body unless
/// its words do. Golden case: which_said_after_a_new_body_is_not_the_last_speaker.
/// </summary>
internal static class IndefiniteAntecedent
{
    private const int MaxWords = 8;
    private static readonly WordSet Relatives = new("which", "who");
    private static readonly WordSet Articles = new("a", "an");

    /// <summary>The first and last token of the antecedent before ", which" + the verb at <paramref name="verb"/>, or (-1, -1).</summary>
    public static (int Start, int End) Find(string text, List<Token> tokens, int verb)
    {
        if (verb < 4 || !tokens[verb - 1].IsWord || !Relatives.Contains(AttributionFinder.Word(text, tokens[verb - 1]))
            || tokens[verb - 2].IsWord || text[tokens[verb - 2].Start] != ',' || !tokens[verb - 3].IsWord)
        {
            return (-1, -1);
        }
        var end = verb - 3;
        for (var k = end - 1; k >= 0 && k >= end - MaxWords; k--)
        {
            if (!tokens[k].IsWord)
            {
                // Only a hyphen joins the describing words ("Hezbollah-linked"); any other mark ends the phrase.
                if (text[tokens[k].Start] != '-')
                {
                    return (-1, -1);
                }
                continue;
            }
            if (Articles.Contains(AttributionFinder.Word(text, tokens[k])))
            {
                return (k, end);
            }
        }
        return (-1, -1);
    }
}
