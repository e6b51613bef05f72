using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Staff of an international body keep no people of their own (gold convention: "UNRWA staff", "UN staff", "aid
/// workers" in every set, Gaza's included): "247 staff members of the UN agency for Palestine refugees", "UNRWA team
/// members killed", "203 humanitarian workers", "14 of its staff" counted by UNRWA name their employer or their trade,
/// not a nation, so Gaza's population does not reach them. A staff noun (populations.json <c>staffNouns</c>) with an
/// employer word in its own phrase (<c>employerWords</c>: UNRWA, UN, aid, humanitarian), or counted by an
/// international organisation of no country as its own ("its staff"); a national society's staff ("the Palestine Red
/// Crescent said 14 of its staff") and a hospital's health workers keep the place's people. Read by
/// <see cref="OwnPopulation"/>. Golden cases: agency_staff_keep_no_people.
/// </summary>
internal static class AgencyStaff
{
    private const int WordsBefore = 3;
    private const int WordsAfter = 5;
    private static readonly WordSet StaffNouns = WordLists.Set("staffNouns");
    private static readonly WordSet EmployerWords = WordLists.Set("employerWords");
    private static readonly WordSet Possessives = WordLists.Set("ownersPossessives");

    /// <summary>Whether the draft counts an international body's staff; <paramref name="tokens"/> are its sentence's.</summary>
    public static bool Are(string text, List<Token> tokens, ClaimDraft draft)
    {
        // "92, with at least another 27 injured": an elided count keeps the staff noun it shares as its Noun.
        var noun = draft.NounWord ?? draft.Noun;
        if (!StaffNouns.Contains(noun))
        {
            return false;
        }
        if (LabelledByEmployer(text, tokens))
        {
            return true;
        }
        if (NounNearest(text, tokens, draft, noun) is not { } at)
        {
            return false;
        }
        // "A staff member of Medecins Sans Frontieres was killed … that also injured three others": the colleagues of an
        // aid group's staff member, whose staff noun the count shares, are its staff too (Unseen63 ifpnews-anadolu;
        // golden cases an_aid_groups_staff_and_their_colleagues, a_hospitals_staff_keep_the_places_people).
        if (ColleaguesOfAnAidWorker(text, tokens, noun))
        {
            return true;
        }
        var ownStaff = draft.Source is { Kind: SourceKind.InternationalOrganisation, Country: null };
        for (var i = Math.Max(0, at - WordsBefore); i < tokens.Count && i <= at + WordsAfter; i++)
        {
            if (tokens[i].IsWord && (EmployerWords.Contains(Word(text, tokens[i])) || (ownStaff && i < at && Possessives.Contains(Word(text, tokens[i])))))
            {
                return true;
            }
        }
        return false;
    }

    // "UNRWA: five more staff killed in Gaza as toll of colleagues rises to 92": a headline labelled by its employer
    // before a colon counts that employer's staff, however far the staff noun stands from the label (Unseen53
    // yalibnan-unrwa-situation-report-staff-shelters; golden case agency_labelled_headline_counts_its_staff).
    private static bool LabelledByEmployer(string text, List<Token> tokens) =>
        tokens.Count > 1 && tokens[0].IsWord && EmployerWords.Contains(Word(text, tokens[0])) && !tokens[1].IsWord && text[tokens[1].Start] == ':';

    // Any naming of the staff noun in the sentence that an aid employer follows: "staff member of Medecins Sans Frontieres".
    private static bool ColleaguesOfAnAidWorker(string text, List<Token> tokens, string noun)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && Word(text, tokens[i]).Equals(noun, StringComparison.OrdinalIgnoreCase)
                && (StaffEmployer.NamesAnAidEmployer(text, tokens, i)
                    || (i + 1 < tokens.Count && Word(text, tokens[i + 1]).Equals("member", StringComparison.OrdinalIgnoreCase) && StaffEmployer.NamesAnAidEmployer(text, tokens, i + 1))))
            {
                return true;
            }
        }
        return false;
    }

    // The count's noun may stand after its number ("247 staff members of …") or before it ("the number of UNRWA team
    // members killed … has risen to 171").
    private static int? NounNearest(string text, List<Token> tokens, ClaimDraft draft, string noun)
    {
        int? best = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && Word(text, tokens[i]).Equals(noun, StringComparison.OrdinalIgnoreCase)
                && (best is null || Math.Abs(tokens[i].Start - draft.Number.Start) < Math.Abs(tokens[best.Value].Start - draft.Number.Start)))
            {
                best = i;
            }
        }
        return best;
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
