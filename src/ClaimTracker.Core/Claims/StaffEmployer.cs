using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Whose people an organisation's staff are: their employer's, as the sentence names it. "Seven WCK workers", "eight
/// medics of the Palestine Red Crescent Society", "six volunteers with the Sudanese Red Crescent", "World Central
/// Kitchen said … seven of its workers": the employer is the name right before the staff noun, the name after
/// "of/with/from/for" following it (or following a second staff word: "staff members of the UN agency"), or the speaker of "its/their" staff. A people's adjective opening the employer's
/// name (Sudanese Red Crescent) is the staff's people; an aid group or international body of no country (registry
/// kinds NGO and international organisation, populations.json <c>aidEmployers</c> for groups the registry does not
/// hold) gives them none, so a place's population (Gaza's) does not reach them (gold: "aid workers", "UNRWA staff"); a
/// national body named otherwise leaves them to the place's conventions. Staff nouns and links are data
/// (<c>employeeNouns</c>, <c>employerLinks</c>, <c>employeeOwners</c>). Read by <see cref="OwnPopulation"/>.
/// A people's body that speaks of staff it does not otherwise name, or a short form of its name, is read by
/// <see cref="NationalSocietysStaff"/>. Golden cases: staff_take_their_employers_people,
/// staff_take_their_employers_people_elsewhere, a_national_societys_staff_are_its_peoples.
/// </summary>
internal static class StaffEmployer
{
    private const int NameWords = 6;
    private static readonly WordSet EmployeeNouns = WordLists.Set("employeeNouns");
    private static readonly WordSet Links = WordLists.Set("employerLinks");
    private static readonly WordSet Owners = WordLists.Set("employeeOwners");
    private static readonly WordSet Facilities = WordLists.Set("namedFacilities");
    private static readonly HashSet<string> AidEmployers = new(WordLists.Set("aidEmployers").Words, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the count's staff have an employer the sentence names; <paramref name="people"/> is its nation, or null
    /// for a body of none. <paramref name="tokens"/> are the count's sentence's.
    /// </summary>
    public static bool Of(string text, List<Token> tokens, ClaimDraft draft, out Nationality? people)
    {
        people = null;
        // "eight members of the Saleh family": a family is no employer (<see cref="FamilyMembers"/>).
        if (draft.NounWord is not { } noun || !EmployeeNouns.Contains(noun) || NounAfter(text, tokens, draft, noun) is not { } at || FamilyMembers.Are(text, tokens, draft))
        {
            return false;
        }
        if (NameBefore(text, tokens, at, draft.Number.End) is { } before)
        {
            return Employs(text, tokens, before, out people);
        }
        if (NamedAfter(text, tokens, at) is { } after)
        {
            return Employs(text, tokens, after, out people);
        }
        if (at > 0 && tokens[at - 1].IsWord && (Owners.Contains(Word(text, tokens[at - 1])) || BodysOwnStaff.At(text, tokens, at)))
        {
            return SpeakerEmploys(draft, out people);
        }
        // "Five volunteers have been killed, the Sudanese Red Crescent Society said": a people's body speaks of its own.
        people = NationalSocietysStaff.OfSpeaker(draft);
        return people is not null;
    }

    /// <summary>
    /// Whether the staff noun at <paramref name="at"/> names its employer after it ("a staff member of Medecins Sans
    /// Frontieres") and that employer is an aid group or international body of no country: its staff, and the colleagues
    /// a later count of the sentence calls "others", keep no people (read by <see cref="AgencyStaff"/>).
    /// </summary>
    public static bool NamesAnAidEmployer(string text, List<Token> tokens, int at) =>
        NamedAfter(text, tokens, at) is { } after && Employs(text, tokens, after, out var people) && people is null;

    // "of the Palestine Red Crescent Society", "with Save the Children": a link word and the name after the staff noun.
    private static (int First, int Last)? NamedAfter(string text, List<Token> tokens, int at)
    {
        // "three staff members of the United Nations Relief and Works Agency": a second staff word before the link.
        if (at + 1 < tokens.Count && tokens[at + 1].IsWord && EmployeeNouns.Contains(Word(text, tokens[at + 1])))
        {
            at++;
        }
        if (at + 1 >= tokens.Count || !tokens[at + 1].IsWord || !Links.Contains(Word(text, tokens[at + 1])))
        {
            return null;
        }
        var start = at + 2 < tokens.Count && Word(text, tokens[at + 2]).Equals("the", StringComparison.OrdinalIgnoreCase) ? at + 3 : at + 2;
        return NameFrom(text, tokens, start);
    }

    // The first staff noun after the count's number ("seven of its workers", "Eight medics of …").
    private static int? NounAfter(string text, List<Token> tokens, ClaimDraft draft, string noun)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= draft.Number.End && tokens[i].IsWord && Word(text, tokens[i]).Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return null;
    }

    // "Seven WCK workers", "14 MSF staff members": capitalised words right before the noun (a lower-case staff word
    // such as "staff" or "team" between them).
    private static (int First, int Last)? NameBefore(string text, List<Token> tokens, int at, int countEnd)
    {
        var last = at - 1;
        while (last > 0 && tokens[last].IsWord && char.IsLower(text[tokens[last].Start]) && (EmployeeNouns.Contains(Word(text, tokens[last])) || Word(text, tokens[last]) is "team" or "crew"))
        {
            last--;
        }
        var first = last;
        while (first >= 0 && first > last - NameWords && tokens[first].Start >= countEnd && tokens[first].IsWord && char.IsUpper(text[tokens[first].Start]))
        {
            first--;
        }
        return first < last ? (first + 1, last) : null;
    }

    // "of the Palestine Red Crescent Society", "with Save the Children": capitalised words, "the"/"and"/"for" inside.
    private static (int First, int Last)? NameFrom(string text, List<Token> tokens, int start)
    {
        var last = start - 1;
        for (var i = start; i < tokens.Count && i < start + NameWords && tokens[i].IsWord; i++)
        {
            if (char.IsUpper(text[tokens[i].Start]))
            {
                last = i;
            }
            else if (Word(text, tokens[i]) is not ("the" or "for" or "and"))
            {
                break;
            }
        }
        return last >= start ? (start, last) : null;
    }

    private static bool Employs(string text, List<Token> tokens, (int First, int Last) name, out Nationality? people)
    {
        people = null;
        // "workers of the Indonesian Hospital": a hospital's staff keep the place's people, not the name's.
        if (Facilities.Contains(Word(text, tokens[name.Last])))
        {
            return false;
        }
        var words = text[tokens[name.First].Start..tokens[name.Last].End];
        if (OfName(words, out people))
        {
            return true;
        }
        // "29 Red Crescent volunteers" after "the Sudanese Red Crescent": the short name of a people's body named before,
        // read before the registry, which knows "Red Crescent" as the ICRC's; "Red Cross and Red Crescent staff" joins
        // two names into the whole movement, no one society.
        people = name.First > 0 && Word(text, tokens[name.First - 1]) is "and" ? null : NationalSocietysStaff.OfFullerName(text, words, tokens[name.First].Start);
        return people is not null || (SourceRegistry.Default.Resolve(words) is { } body && BodyEmploys(body));
    }

    // "Sudanese Red Crescent", "Palestinian Red Crescent": a name opening with a people's adjective is that people's
    // body; a country's name opening it only says where it works ("The Sudan Doctors Network said four of its members":
    // gold "doctors"), and a known aid group gives none.
    private static bool OfName(string name, out Nationality? people)
    {
        people = null;
        var tokens = new List<Token>();
        Token.Split(name, 0, name.Length, tokens);
        if (Nationality.At(name, tokens, 0) is { } named && name.StartsWith(named.Nationality.Adjective + " ", StringComparison.Ordinal))
        {
            people = named.Nationality;
            return true;
        }
        return AidEmployers.Contains(name);
    }

    // "World Central Kitchen said … seven of its workers": the speaker employs its own.
    private static bool SpeakerEmploys(ClaimDraft draft, out Nationality? people)
    {
        people = null;
        if (draft.Source is { } body)
        {
            return BodyEmploys(body);
        }
        if (draft.SourceMention is not { } mention)
        {
            return false;
        }
        return OfName(mention.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? mention[4..] : mention, out people);
    }

    // An aid group or international body of no country employs staff of no people; a national body (the Palestine Red
    // Crescent, the Sudan Doctors Network) leaves them to the place's conventions.
    private static bool BodyEmploys(SourceDefinition body) =>
        body.Kind is SourceKind.Ngo or SourceKind.InternationalOrganisation && body.Country is null;

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
