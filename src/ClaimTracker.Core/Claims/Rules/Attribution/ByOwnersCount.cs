using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "by the UN's count", "by the ministry's tally": the owner of the count is the source, up to the possessive.
/// Golden case: by_the_uns_count_after_a_colon.
/// </summary>
internal sealed class ByOwnersCount : AttributionFrame
{
    public static readonly ByOwnersCount Frame = new();

    /// <summary>"count", "tally", "estimate": the nouns a possessive owner may stand before.</summary>
    public static readonly WordSet CountNouns = WordLists.Set("countNouns");

    private ByOwnersCount()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (!CountNouns.Contains(AttributionFinder.Word(text, tokens[cue])))
        {
            return false;
        }
        if (OwnerOpens(text, tokens, cue))
        {
            // "The ministry's count of Palestinians killed now exceeds 42,360": the count the sentence opens with is its
            // owner's, as "by the ministry's count" is (golden case: the_ministrys_count_opens_the_sentence).
            AttributionFinder.Add(text, tokens, 0, cue - 3, AttributorCue.AccordingTo, tokens[0].Start, mentions, into);
            return true;
        }
        if (ByOwner(text, tokens, cue) is not (var by and >= 0))
        {
            return false;
        }
        // The owner ends at the possessive: "the UN", not "the UN'".
        AttributionFinder.Add(text, tokens, by + 1, cue - 3, AttributorCue.AccordingTo, tokens[by].Start, mentions, into);
        return true;
    }

    private static readonly WordSet Owners = WordLists.Set("possessiveOwners");

    // "The ministry's count …" as the sentence's first words: "the", then a body's head or a name before the possessive.
    private static bool OwnerOpens(string text, List<Token> tokens, int noun)
    {
        if (noun < 4 || noun > 6 || !AttributionFinder.Is(text, tokens[0], "the") || !AttributionFinder.Is(text, tokens[noun - 1], "s")
            || tokens[noun - 2].IsWord || text[tokens[noun - 2].Start] is not ('’' or '\''))
        {
            return false;
        }
        for (var k = 1; k <= noun - 3; k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }
        }
        var owner = text.AsSpan(tokens[noun - 3].Start, tokens[noun - 3].Length);
        return Owners.Contains(owner) || char.IsUpper(owner[0]);
    }

    // The token index of "by" in "by the UN's count" (a possessive right before the count noun), or -1.
    private static int ByOwner(string text, List<Token> tokens, int noun)
    {
        if (noun < 3 || !AttributionFinder.Is(text, tokens[noun - 1], "s") || tokens[noun - 2].IsWord || text[tokens[noun - 2].Start] is not ('’' or '\''))
        {
            return -1;
        }
        for (var k = noun - 3; k >= 0 && noun - k <= 8; k--)
        {
            if (!tokens[k].IsWord)
            {
                return -1;
            }
            if (AttributionFinder.Is(text, tokens[k], "by"))
            {
                // At least one word of owner between "by" and the possessive.
                return k < noun - 3 ? k : -1;
            }
        }
        return -1;
    }
}
