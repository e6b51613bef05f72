namespace ClaimTracker.Core.Claims;

/// <summary>
/// People who "have suffered" with no noun of harm after the verb are the killed and wounded of a toll: "more than
/// 1,422 children in Ukraine have suffered as a result of the full-scale armed aggression" opens the prosecutor
/// general's count of killed and injured children (Unseen53 euromaidan-prosecutor; the office's releases word every
/// update so, "more than 553 children suffered ... as a result of"). A suffering verb (metrics.json
/// <c>harmSufferVerbs</c>) counts losses only when the clause goes straight on to the harm's cause (<c>harmCauseLeads</c>:
/// "as a result of", "due to", "because of", "from the war") or ends; "suffered concussions", "suffered heavy
/// losses" and "suffered from hunger" name their harm and are read by their own words. Read by <see cref="MetricWord"/>.
/// Golden cases: have_suffered_as_a_result_of, suffered_concussions_is_wounded.
/// </summary>
internal static class SufferedHarm
{
    private static readonly WordSet SufferVerbs = WordLists.Set("harmSufferVerbs");
    private static readonly WordSet CauseLeads = WordLists.Set("harmCauseLeads");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!SufferVerbs.Contains(w))
        {
            return false;
        }
        var next = i + 1;
        if (next >= reader.Tokens.Count || !reader.Tokens[next].IsWord)
        {
            return true;
        }
        // "suffered from the war" but not "suffered from hunger": "from" needs a determiner after it.
        return reader.IsIn(next, CauseLeads) && (!reader.Is(next, "from") || reader.Is(next + 1, "the"));
    }
}
