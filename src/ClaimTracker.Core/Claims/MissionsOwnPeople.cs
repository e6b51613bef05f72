namespace ClaimTracker.Core.Claims;

/// <summary>
/// People a peacekeeping mission counts as its own belong to no nation: "UN peacekeepers said Israeli fire had wounded
/// two of their personnel" (Unseen55 trtworld-doha), "UNIFIL, has around 10,000 personnel in the south" (the Reporting
/// set), "the mission, which has more than 9,000 troops from dozens of countries". Reports on UNIFIL write its losses and
/// its strength so ("two of its peacekeepers were injured", "two of its members were wounded", "UNIFIL has about 10,000
/// peacekeepers"), and the golds give them no nation, while the rules that place soldiers in the country named (Lebanon)
/// or give them the mission's registry country would make them Lebanese troops. Read last, after every rule that gives
/// people: a count owned by a mission named before it in its sentence (populations.json <c>peacekeepingWords</c>) — "N of
/// its/their …" right after the number (counts.json <c>ownersPossessives</c>), or the mission the subject of "has"
/// (<c>possessionVerbs</c>) a few words before it — loses any nation it was given. Costs one word test per count
/// unless its sentence names a mission. Golden cases: a_missions_own_personnel_keep_no_nation,
/// a_missions_strength_keeps_no_nation.
/// </summary>
internal static class MissionsOwnPeople
{
    // "UNIFIL, which has about": the words between the mission's name and the number at most.
    private const int SubjectReach = 5;

    private static readonly WordSet MissionWords = WordLists.Set("peacekeepingWords");
    private static readonly WordSet Owners = WordLists.Set("ownersPossessives");
    private static readonly WordSet PossessionVerbs = WordLists.Set("possessionVerbs");

    public static void Clear(string text, List<ClaimDraft> drafts, SentenceTokens sentenceTokens)
    {
        foreach (var draft in drafts)
        {
            if (draft.Nationalities.Count == 0)
            {
                continue;
            }
            var tokens = sentenceTokens.Of(draft.Sentence);
            var first = tokens.FindIndex(t => t.Start >= draft.Number.Start);
            var last = tokens.FindLastIndex(t => t.End <= draft.Number.End);
            if (first < 0 || last < first || MissionBefore(text, tokens, first) is not { } mission)
            {
                continue;
            }
            if (OwnedAfter(text, tokens, last) || HeldBy(text, tokens, mission, first))
            {
                draft.Nationalities = [];
            }
        }
    }

    // The last mission word before the number, or null.
    private static int? MissionBefore(string text, List<Token> tokens, int first)
    {
        for (var k = first - 1; k >= 0; k--)
        {
            if (tokens[k].IsWord && MissionWords.Contains(Word(text, tokens[k])))
            {
                return k;
            }
        }
        return null;
    }

    // "two of their personnel": "of" and the owner's pronoun right after the number.
    private static bool OwnedAfter(string text, List<Token> tokens, int last) =>
        last + 2 < tokens.Count && tokens[last + 1].IsWord && Word(text, tokens[last + 1]).Equals("of", StringComparison.OrdinalIgnoreCase)
        && tokens[last + 2].IsWord && Owners.Contains(Word(text, tokens[last + 2]));

    // "UNIFIL has around 10,000", "the mission, which has more than 9,000": "has" between the mission and the number, close to both.
    private static bool HeldBy(string text, List<Token> tokens, int mission, int first)
    {
        if (first - mission > SubjectReach + 2)
        {
            return false;
        }
        var holds = false;
        for (var k = mission + 1; k < first; k++)
        {
            // "UNIFIL said Israel has 30,000 troops there": a nation between names another holder.
            if (tokens[k].IsWord && Nationality.At(text, tokens, k) is not null)
            {
                return false;
            }
            holds |= tokens[k].IsWord && PossessionVerbs.Contains(Word(text, tokens[k]));
        }
        return holds;
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
