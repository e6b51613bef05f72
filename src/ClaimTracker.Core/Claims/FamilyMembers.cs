namespace ClaimTracker.Core.Claims;

/// <summary>
/// Members of a family are its people, not a body's staff: "one strike killed eight members of a single family", "11
/// members of the Abu Hilal family" count civilians, so a place's population reaches them as it reaches "people"
/// (Gaza's: Palestinians in Gaza, as the sets annotate "six members of one family … Gaza's civil defense said") and
/// <see cref="StaffEmployer"/> does not read the family's name as an employer's. A member noun (populations.json
/// <c>memberNouns</c>) followed within a few words by "of" and a family word (<c>kinGroups</c>: family, household,
/// clan …). Read by <see cref="OwnPopulation"/>. Golden cases: family_members_are_civilians, family_members_elsewhere_keep_no_nation.
/// </summary>
internal static class FamilyMembers
{
    // "members of the extended Abu Hilal family": "of", a determiner, up to four words of name, the family word.
    private const int Reach = 7;
    private static readonly WordSet MemberNouns = WordLists.Set("memberNouns");
    private static readonly WordSet KinGroups = WordLists.Set("kinGroups");

    /// <summary>Whether the draft counts a family's members; <paramref name="tokens"/> are its sentence's.</summary>
    public static bool Are(string text, List<Token> tokens, ClaimDraft draft)
    {
        var noun = draft.NounWord ?? draft.Noun;
        if (!MemberNouns.Contains(noun))
        {
            return false;
        }
        var at = tokens.FindIndex(t => t.IsWord && text.AsSpan(t.Start, t.Length).Equals(noun, StringComparison.OrdinalIgnoreCase));
        if (at < 0 || at + 1 >= tokens.Count || !text.AsSpan(tokens[at + 1].Start, tokens[at + 1].Length).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        for (var i = at + 2; i < tokens.Count && i <= at + Reach && (tokens[i].IsWord || NameJoiner(text, tokens[i])); i++)
        {
            if (KinGroups.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                return true;
            }
        }
        return false;
    }

    // "six members of the al-Sharif family", "the Abu-Nasr family": a hyphen inside the family's name joins it and does
    // not end the name as a comma would (Unseen66 nukta-afp, Unseen20 amnesty-lebanon "the Syrian al-Kurdi family").
    // Unit cases: FamilyMembersTests.
    private static bool NameJoiner(string text, Token token) => token.Length == 1 && text[token.Start] is '-' or '‐' or '‑';
}
