namespace ClaimTracker.Core.Claims;

/// <summary>
/// "In January, the National Intelligence Service told lawmakers it believed about 300 North Korean soldiers had died",
/// "the monitor told Reuters it had documented 80 deaths": "it" after the ones told is the teller, the subject of
/// "told", never its audience. The walk back from the second verb reads past "it" as it reads past "in a statement it
/// said" (attribution.json attributorAdverbs) and landed on the audience, so the figure went to "lawmakers" or to the
/// outlet told (Unseen74 kbsworld-national-interest-uk-mod-5000-north-korean-casualties: the NIS's 300 and 2,700).
/// When the words the walk lands on follow a verb of telling (attribution.json <c>tellVerbs</c>) within a few words,
/// the second verb names no speaker of its own and the teller's frame credits the figure. Golden case:
/// it_after_the_ones_told_is_the_teller.
/// </summary>
internal static class ToldAudiencesPronoun
{
    private static readonly WordSet TellVerbs = WordLists.Set("tellVerbs");

    // "told the UN Security Council it": the audience's words between the verb of telling and "it".
    private const int MaxAudienceWords = 5;

    /// <summary>
    /// Whether the walk back from the verb at <paramref name="verb"/> read past "it" to <paramref name="end"/>, the last
    /// word of an audience told.
    /// </summary>
    public static bool Crossed(string text, List<Token> tokens, int end, int verb)
    {
        if (end < 1 || !SkippedIt(text, tokens, end, verb))
        {
            return false;
        }
        for (var k = end; k >= 0 && k >= end - MaxAudienceWords; k--)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }
            if (TellVerbs.Contains(AttributionFinder.Word(text, tokens[k])))
            {
                return k < end;
            }
        }
        return false;
    }

    private static bool SkippedIt(string text, List<Token> tokens, int end, int verb)
    {
        for (var k = end + 1; k < verb; k++)
        {
            if (AttributionFinder.Is(text, tokens[k], "it"))
            {
                return true;
            }
        }
        return false;
    }
}
