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
/// <see cref="OwnPopulation"/>. Golden cases: a_national_bodys_war_long_toll_of_children, a_toll_in_the_war_stays_bare.
/// </summary>
internal static class WarLongToll
{
    private const int Reach = 8;
    private static readonly WordSet Nouns = WordLists.Set("warTollNouns");
    private static readonly WordSet WarStart = WordLists.Set("sinceWarStart");
    private static readonly WordSet PartLeads = WordLists.Set("partLeads");

    public static Nationality? Of(string text, List<Token> tokens, ClaimDraft draft) =>
        Nouns.Contains(draft.Noun) && draft.AsideOf is null && draft.Source is { Kind: SourceKind.Government, Country: { } country }
        && !PartOfATotal(text, tokens, draft) && SinceTheWar(text, tokens)
            ? Nationality.OfCountry(country)
            : null;

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
