namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Seven people including two children were killed": with no commas round the part, the verb after the included
/// count is the whole's too; the whole, left without a verb of its own, takes that count's fate. Read by
/// <see cref="ClauseMetric"/> as it reads "30 militants and two soldiers were killed". Model: the count right before
/// this one, its people nouns only, then "including" (counts.json <c>carriedAsideLeads</c>) right before this count.
/// Golden case: whole_before_an_unbracketed_part_shares_its_fate (Unseen69 gulftimes-live-tyre).
/// </summary>
internal static class IncludedPartsVerb
{
    private static readonly WordSet Leads = WordLists.Set("carriedAsideLeads");

    // Words allowed between the whole's number and the lead: "people", "Palestinian civilians".
    private const int NounReach = 3;

    public static bool SharedWith(PeopleCountReader reader, ClaimDraft? previous, int prevBound, int qualifierFirst)
    {
        var lead = qualifierFirst - 1;
        if (previous is null || prevBound < 0 || lead <= prevBound + 1 || lead - prevBound - 1 > NounReach || !reader.IsIn(lead, Leads)
            || previous.Number.Start >= reader.Tokens[prevBound].End || previous.Number.End <= reader.Tokens[prevBound].Start)
        {
            return false;
        }
        for (var i = prevBound + 1; i < lead; i++)
        {
            if (!reader.Tokens[i].IsWord || !(PeopleWords.IsPeopleNoun(reader.Word(i)) || ClaimLexicon.NounModifiers.Contains(reader.Word(i)) || char.IsUpper(reader.Text[reader.Tokens[i].Start])))
            {
                return false;
            }
        }
        return true;
    }
}
