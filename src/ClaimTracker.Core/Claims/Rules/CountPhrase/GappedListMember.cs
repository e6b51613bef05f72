namespace ClaimTracker.Core.Claims;

/// <summary>
/// A casualty breakdown states its verb once and drops it from the later members (gapping): "saying 449 of them were
/// men, 47 women and 87 children" (Unseen56 hurriyet-ap), "Of the dead, 61 were men, 20 women and nine children". A
/// count led by a comma, with a people noun of its own and nothing after it but the list's next comma, "and" or the
/// clause's end, right after a member stated as "N (of them) were NOUN" (counts.json gappedListBridges and
/// gappedListCopulas, then people nouns), is a member of the same list and shares that member's fate; the member after
/// "and" then shares it as a joined count does. Read by <see cref="ClauseMetric"/> only when the count names no fate of
/// its own. Golden cases: gapped_breakdown_shares_the_fate, gapped_list_with_a_fate_of_its_own (negative control).
/// </summary>
internal static class GappedListMember
{
    // "449 of them were men ,": the first member's words between its number and the comma.
    private const int Reach = 7;

    private static readonly WordSet Bridges = WordLists.Set("gappedListBridges");
    private static readonly WordSet Copulas = WordLists.Set("gappedListCopulas");

    public static bool Continues(PeopleCountReader reader, CountPhrase phrase, ClaimDraft? previous)
    {
        var comma = phrase.TokenBefore;
        var first = phrase.PreviousBound;
        if (previous is not { MetricGuessed: false, Metric: not null } || first < 0 || phrase.Noun < 0
            || !reader.IsMark(comma, ',') || comma <= first + 2 || comma - first > Reach || !IsNumberOf(reader, previous, first))
        {
            return false;
        }
        var copula = false;
        for (var i = first + 1; i < comma; i++)
        {
            if (!reader.Tokens[i].IsWord)
            {
                return false;
            }
            if (reader.IsIn(i, Copulas))
            {
                copula = true;
            }
            else if (!reader.IsIn(i, Bridges) && !PeopleWords.IsPeopleNoun(reader.Word(i)) && !ClaimLexicon.NounModifiers.Contains(reader.Word(i)))
            {
                return false;
            }
        }
        return copula && EndsTheMember(reader, phrase.AfterCount);
    }

    private static bool IsNumberOf(PeopleCountReader reader, ClaimDraft previous, int token) =>
        previous.Number.Start < reader.Tokens[token].End && previous.Number.End > reader.Tokens[token].Start;

    // "47 women and": the member ends at the list's next comma, "and", or the sentence's end.
    private static bool EndsTheMember(PeopleCountReader reader, int after) =>
        after >= reader.Tokens.Count || reader.Is(after, "and") || (!reader.Tokens[after].IsWord && reader.Text[reader.Tokens[after].Start] is ',' or '.' or ';' or '"' or '\u201d');
}
