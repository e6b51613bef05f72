namespace ClaimTracker.Core.Claims;

/// <summary>
/// Whether a country a sentence names is named as a place rather than as a people: after a locative ("in northern
/// Gaza"), as the owner of a place ("Syria's coastal region", "in Somalia's Lower Shabelle region") or across a border
/// ("near the border with Mali"); or not as either: by the dateline ("MOGADISHU (AFP) —", "DAMASCUS, March 12
/// (Xinhua) --") or inside a body's name ("the Syrian Observatory for Human Rights"). Read by
/// <see cref="OwnPopulation"/>, so soldiers and civilians counted in such a sentence can still be that country's.
/// Golden cases: dateline_and_region_are_places, border_with_a_country_is_a_place.
/// </summary>
internal static class NamedAsPlace
{
    private const int DatelineWords = 4;
    private const int OwnedPlaceWords = 4;
    private static readonly WordSet Locatives = WordLists.Set("locatives");
    private static readonly WordSet CompassWords = WordLists.Set("compassWords");
    private static readonly WordSet OwnedPlaces = WordLists.Set("ownedPlaces");
    private static readonly WordSet BorderWords = WordLists.Set("borderWords");
    private static readonly WordSet FacilityPlaces = WordLists.Set("facilityPlaces");
    private static readonly WordSet FacilityModifiers = WordLists.Set("facilityModifiers");

    /// <summary>Whether the country named by the <paramref name="count"/> tokens at <paramref name="i"/> is named as a place.</summary>
    public static bool At(string text, List<Token> tokens, int i, int count)
    {
        if (i > 0 && tokens[i - 1].IsWord && Locatives.Contains(Word(text, tokens[i - 1])))
        {
            // "killed in Russia's missile attack on Ternopil": after a locative, a possessive country that owns no
            // place owns the act, so it names the attacker, not where the count's people are
            // (Golden case: in_a_countrys_attack_is_no_place).
            return !IsPossessive(text, tokens, i + count) || OwnsAPlace(text, tokens, i + count);
        }
        // "killed in south Lebanon", "across north Gaza": a lower-case compass word after a locative (populations.json
        // compassWords) places the country as "southern" does ("Israeli army says three soldiers killed in south
        // Lebanon", Unseen19 dw-jbeil-village-strike-live; golden case lebanons_own_outside_the_gaza_war).
        if (i > 1 && tokens[i - 1].IsWord && char.IsLower(text[tokens[i - 1].Start]) && CompassWords.Contains(Word(text, tokens[i - 1]))
            && tokens[i - 2].IsWord && Locatives.Contains(Word(text, tokens[i - 2])))
        {
            return true;
        }
        // "near the border with Mali": the country across a border is a place.
        if (i > 1 && tokens[i - 1].IsWord && Word(text, tokens[i - 1]).Equals("with", StringComparison.OrdinalIgnoreCase)
            && tokens[i - 2].IsWord && BorderWords.Contains(Word(text, tokens[i - 2])))
        {
            return true;
        }
        return OwnsAPlace(text, tokens, i + count) || BeforeAFacility(text, tokens, i + count);
    }

    private const int JoinedNameWords = 3;

    /// <summary>
    /// Whether the country at <paramref name="i"/> is the second of two places joined by "and"/"or" after one locative:
    /// "killed in combat in Gaza and Lebanon", "in Syria or Iraq" place both, not only the first (the sentence's soldiers
    /// then keep their army's nation). Golden case: an_armys_toll_names_its_fronts.
    /// </summary>
    public static bool JoinedToAPlace(string text, List<Token> tokens, int i)
    {
        if (i < 3 || !tokens[i - 1].IsWord || !(Word(text, tokens[i - 1]) is "and" or "or"))
        {
            return false;
        }
        for (var start = Math.Max(0, i - 1 - JoinedNameWords); start < i - 1; start++)
        {
            if (Nationality.At(text, tokens, start) is { } first && start + first.Tokens == i - 1)
            {
                return At(text, tokens, start, first.Tokens);
            }
        }
        return false;
    }

    // "a Somali army base", "an Israeli military post": the adjective names whose facility it is, a place, not a people
    // the sentence counts (Unseen5 reuters-somalia-base-attack; golden case adjective_before_a_base_is_a_place).
    internal static bool BeforeAFacility(string text, List<Token> tokens, int next)
    {
        if (next < tokens.Count && tokens[next].IsWord && FacilityModifiers.Contains(Word(text, tokens[next])))
        {
            next++;
        }
        return next < tokens.Count && tokens[next].IsWord && FacilityPlaces.Contains(Word(text, tokens[next]));
    }

    /// <summary>
    /// Whether the country is named by the dateline only (a place written in capitals at the start of a sentence,
    /// before the agency's bracket or the dash): it says where the story was filed, not whose people a count of the
    /// sentence counts (<see cref="StoryCountry"/> reads it for soldiers).
    /// </summary>
    public static bool IsDateline(string text, List<Token> tokens, int i, int count)
    {
        // "MOGADISHU, Somalia —": the dateline opens with a place in capitals and may name its country after a comma.
        if (i >= DatelineWords || !tokens[0].IsWord || tokens[0].Length < 3)
        {
            return false;
        }
        foreach (var c in Word(text, tokens[0]))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }
        for (var t = i + count; t < Math.Min(tokens.Count, i + count + 6); t++)
        {
            if (!tokens[t].IsWord && text[tokens[t].Start] is '(' or '—' or '–' or '-')
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsPossessive(string text, List<Token> tokens, int next) =>
        next + 1 < tokens.Count && !tokens[next].IsWord && text[tokens[next].Start] is '\'' or '’'
        && Word(text, tokens[next + 1]).Equals("s", StringComparison.OrdinalIgnoreCase);

    // "Syria's coastal region", "Somalia's Lower Shabelle region": a possessive country before a place it owns.
    internal static bool OwnsAPlace(string text, List<Token> tokens, int next)
    {
        if (!IsPossessive(text, tokens, next))
        {
            return false;
        }
        for (var t = next + 2; t < Math.Min(tokens.Count, next + 2 + OwnedPlaceWords); t++)
        {
            if (!tokens[t].IsWord)
            {
                return false;
            }
            if (OwnedPlaces.Contains(Word(text, tokens[t])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the nationality adjective at <paramref name="i"/> opens a capitalised name ("the Syrian Observatory for
    /// Human Rights", "the Russian Defence Ministry"): it names a body, not a people or a place.
    /// </summary>
    public static bool InAName(string text, List<Token> tokens, int i, int count, Nationality nationality, bool heading)
    {
        var next = i + count;
        return !heading && next < tokens.Count && tokens[next].IsWord && char.IsUpper(text[tokens[next].Start])
            && !PeopleWords.IsPeopleNoun(Word(text, tokens[next]))
            && text.AsSpan(tokens[i].Start, tokens[next - 1].End - tokens[i].Start).Equals(nationality.Adjective, StringComparison.OrdinalIgnoreCase);
    }

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);
}
