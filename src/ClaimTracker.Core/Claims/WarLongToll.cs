using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Ukraine's prosecutor general's office said at least 570 children had been killed since the start of the full-scale
/// invasion and more than 1,600 injured": a national government body's toll dated from the war's start ("since" and
/// the invasion or war within a few words) counts the whole country's children or civilians, so they are that body's
/// nation's (Unseen51 skynews-ukraine-day-strikes-regional-tolls; the prosecutor general's and ombudsman's running
/// tallies of children carried by every wire). Not a part of an outer toll (an aside or "among them N children" keeps the outer count's people; Unseen10 reuters-kryvyi-rih), nor "since the 2006 war" (another war; Unseen10 afp-lebanon-strikes-toll),
/// and not a toll "in the war" with no starting point (Unseen43 rferl's "the number of children killed in the war had
/// reached 358" is annotated bare). Words as data (populations.json <c>warTollNouns</c>, <c>sinceWarStart</c>). Read by
/// <see cref="OwnPopulation"/>. Golden cases: a_national_bodys_war_long_toll_of_children, a_toll_in_the_war_stays_bare,
/// a_national_bodys_toll_broken_down_by_region.
/// </summary>
internal static class WarLongToll
{
    private const int Reach = 8;
    private const int Breakdown = 3;
    private static readonly WordSet Nouns = WordLists.Set("warTollNouns");
    private static readonly WordSet WarStart = WordLists.Set("sinceWarStart");
    private static readonly WordSet PartLeads = WordLists.Set("partLeads");

    public static Nationality? Of(string text, List<Token> tokens, ClaimDraft draft) =>
        Nouns.Contains(draft.Noun) && draft.AsideOf is null && draft.Source is { Kind: SourceKind.Government, Country: { } country }
        && !PartOfATotal(text, tokens, draft) && SinceTheWar(text, tokens)
            ? Nationality.OfCountry(country)
            : null;

    /// <summary>
    /// The same body's breakdown of the toll it dated: "The largest number of child casualties has been recorded in
    /// Donetsk Oblast, where 452 children have been killed or injured, according to the office" follows the prosecutor
    /// general's national tally of children, given its nation above (Unseen53 euromaidan-prosecutor-general-children-toll;
    /// the office's releases break every tally down by oblast so). Children of the toll's noun, credited to the same
    /// government body within <see cref="Breakdown"/> sentences of a count of theirs given that body's nation (in its own words,
    /// "471 Ukrainian children", or by <see cref="Of"/>), keep that nation; not a part of a total.
    /// </summary>
    public static Nationality? Continued(string text, List<Token> tokens, ClaimDraft draft, List<ClaimDraft> drafts)
    {
        if (!Nouns.Contains(draft.Noun) || draft.AsideOf is not null || draft.Source is not { Kind: SourceKind.Government, Country: { } country } source
            || Nationality.OfCountry(country) is not { } nation || PartOfATotal(text, tokens, draft))
        {
            return null;
        }
        // The toll given above, in the count's words ("471 Ukrainian children") or by WarLongToll, by the same body.
        var toll = drafts.FindLast(d => d.Sentence < draft.Sentence && draft.Sentence - d.Sentence <= Breakdown && d.Noun == draft.Noun
            && d.Source?.Name == source.Name && d.Nationalities is [var people] && people == nation.Adjective);
        return toll is null ? null : nation;
    }

    // "12,654 civilians, among them 673 children", "558, including 50 children": a part of a total stays the total's.
    private static bool PartOfATotal(string text, List<Token> tokens, ClaimDraft draft)
    {
        var before = tokens.FindLastIndex(t => t.End <= draft.MentionStart);
        for (var k = before; k >= 0 && k > before - 2; k--)
        {
            if (tokens[k].IsWord && PartLeads.Contains(text.AsSpan(tokens[k].Start, tokens[k].Length)))
            {
                return true;
            }
        }
        return false;
    }

    // "since the start of the full-scale invasion", "since Russia's full-scale invasion began", "since the war began".
    private static bool SinceTheWar(string text, List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsWord(text, tokens[i], "since"))
            {
                continue;
            }
            for (int k = i + 1, words = 0; k < tokens.Count && words < Reach; k++)
            {
                if (!tokens[k].IsWord)
                {
                    continue;
                }
                words++;
                if (char.IsDigit(text[tokens[k].Start]))
                {
                    break; // "since the 2006 war": another war, no start of this one
                }
                if (WarStart.Contains(text.AsSpan(tokens[k].Start, tokens[k].Length)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool IsWord(string text, Token token, string word) =>
        token.IsWord && text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}
