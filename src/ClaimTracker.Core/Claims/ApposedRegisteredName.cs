using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "According to the United Nations peacekeeping force, UNIFIL, five of its peacekeepers were wounded": the words
/// after "according to" describe a body by a kind noun ("peacekeeping force", "mission", "agency"), at most naming the
/// parent it belongs to, and the name right after them in commas or brackets is the registered body itself. That name
/// is the source, not the parent (Unseen41 anadolu-tyre: got UN, gold UNIFIL). Only when the description ends on a
/// lower-case kind noun the registry name does not cover, and the apposed name is a whole registry mention closed by a
/// comma or bracket. Golden case: according_to_a_body_named_in_apposition.
/// </summary>
internal static class ApposedRegisteredName
{
    // "peacekeeping force in Lebanon": the description may run a few words past where the name walk stopped.
    private const int MaxDescriptionWords = 4;

    /// <summary>The apposed name's first and last token after a description ending at or after <paramref name="last"/>, or null.</summary>
    public static (int First, int Last)? After(string text, List<Token> tokens, int first, int last, IReadOnlyList<SourceMention> mentions)
    {
        var k = last + 1;
        while (k < tokens.Count && tokens[k].IsWord && k - last <= MaxDescriptionWords)
        {
            k++;
        }
        // The description must end on a lower-case kind noun: "the United Nations peacekeeping force", not "the UN".
        if (k + 1 >= tokens.Count || text[tokens[k].Start] is not (',' or '(') || !HasKindNoun(text, tokens, first, k - 1))
        {
            return null;
        }
        foreach (var mention in mentions)
        {
            if (mention.End == tokens[k - 1].End && mention.Start >= tokens[first].Start)
            {
                // "the UN refugee agency": the registry names the whole description already.
                return null;
            }
            if (mention.Start == tokens[k + 1].Start && mention.Source is not null)
            {
                return Closed(text, tokens, k, mention);
            }
        }
        return null;
    }

    private static bool HasKindNoun(string text, List<Token> tokens, int first, int last)
    {
        for (var k = first + 1; k <= last; k++)
        {
            if (tokens[k].IsWord && char.IsLower(text[tokens[k].Start]) && !AttributionFinder.Determiners.Contains(AttributionFinder.Word(text, tokens[k])))
            {
                return true;
            }
        }
        return false;
    }

    // The apposed name, when a comma or bracket closes it as the one at opener opened it.
    private static (int First, int Last)? Closed(string text, List<Token> tokens, int opener, SourceMention mention)
    {
        var end = opener + 1;
        while (end + 1 < tokens.Count && tokens[end + 1].End <= mention.End)
        {
            end++;
        }
        var open = text[tokens[opener].Start];
        var close = end + 1 < tokens.Count ? text[tokens[end + 1].Start] : '\0';
        return (open == ',' && close == ',') || (open == '(' && close == ')') ? (opener + 1, end) : null;
    }
}
