namespace ClaimTracker.Core.Claims;

/// <summary>
/// "… and the ministry warned that the toll could rise. It said 68 people were wounded"; "There was no comment from the
/// army. It says its jets struck …": the sentence before names its body by a common noun that is no speaker of a
/// figure ("warned that the toll could rise", "no comment from"), and "it" takes up that body rather than one named
/// further back. This finds the last "the (up to two words) body noun" in a stretch of text, as its offsets.
/// Golden cases: it_takes_up_the_body_noun_before_it, a_noun_joined_to_another_is_no_body_for_it.
/// </summary>
internal static class BodyNounBefore
{
    private static readonly WordSet Heads = WordLists.Set("bodyNounsBeforeIt");
    private const int WordsBetween = 2;

    /// <summary>The offsets of the last "the … body noun" in text[from..to] (from "the" to the noun), or null.</summary>
    public static (int Start, int End)? Last(string text, int from, int to, List<Token> tokens)
    {
        Token.Split(text, from, to, tokens);
        for (var i = tokens.Count - 1; i > 0; i--)
        {
            if (!tokens[i].IsWord || !Heads.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)) || Describes(text, tokens, i))
            {
                continue;
            }
            for (var k = i - 1; k >= Math.Max(0, i - 1 - WordsBetween) && tokens[k].IsWord; k--)
            {
                if (text.AsSpan(tokens[k].Start, tokens[k].Length).Equals("the", StringComparison.OrdinalIgnoreCase))
                {
                    return (tokens[k].Start, tokens[i].End);
                }
            }
        }
        return null;
    }

    // "the army-aligned government", "the group's own count" is the group; "the government-run hospital" is a hospital:
    // a noun joined by a hyphen to the next word describes that word.
    private static bool Describes(string text, List<Token> tokens, int i) =>
        i + 1 < tokens.Count && !tokens[i + 1].IsWord && text[tokens[i + 1].Start] == '-' && tokens[i + 1].Start == tokens[i].End;
}
