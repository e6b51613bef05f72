namespace ClaimTracker.Core.Claims;

/// <summary>
/// A war's civilian toll placed in a country: "more than 11,000 civilians have been killed in Ukraine since Russia
/// launched its full-scale invasion", "Israeli forces have killed at least 114 civilians in Lebanon", "the deaths of
/// 14,520 civilians in Ukraine", "5,237 civilian deaths in Ukraine" (a toll noun after <c>countryCivilianModifiers</c>) (the UN monitors' and OHCHR's tolls as the wires relay them) count that country's
/// civilians (lead's ruling 1, session 34, with twelve older gold rows). <see cref="CountryCivilians"/> gives them only
/// when every nation the sentence names is a place, so the invader as a clause's subject or owner ("since Russia's
/// invasion") or an attacking force kept the toll bare; here the country is read where the toll puts it, in the count's
/// own clause: "in" (populations.json <c>tollLocatives</c>) and a country's name (<c>tollCountries</c>: names, not
/// capitals or demonyms). Not a country's town or region ("in Sudan's El Fasher", "in Russia's Kursk region":
/// <see cref="RegionCivilians"/>), nor a name standing for an attacker ("killed in Israel strikes",
/// <c>attackNouns</c>); a town alone ("in the town of Toretsk") names no country, so its civilians stay bare, as the
/// golds keep them. Read by <see cref="OwnPopulation"/>. Golden cases: civilians_killed_in_a_country_since_its_invasion,
/// a_countrys_town_keeps_its_civilians_bare; unit cases in CiviliansInACountryTests.
/// A monitoring mission named by its country ("The UN human rights monitoring mission in Ukraine says more than 14,000
/// civilians have been killed since Russia's full-scale invasion", Unseen48 abc-vyshhorod; "the Human Rights Monitoring
/// Mission in Ukraine (HRMMU)") counts where it works, so "in" and the country after a monitor noun before the count
/// (populations.json <c>monitorNouns</c>) place the toll as the clause's own "in" would. Golden case:
/// a_monitoring_missions_country_places_its_toll.
/// </summary>
internal static class CiviliansInACountry
{
    // Words from the count to the place: "civilians have been killed by Israeli forces in Lebanon" is nine.
    private const int Reach = 10;
    private static readonly WordSet Nouns = WordLists.Set("countryCivilians");
    private static readonly WordSet Modifiers = WordLists.Set("countryCivilianModifiers");
    private static readonly WordSet Locatives = WordLists.Set("tollLocatives");
    private static readonly WordSet Countries = WordLists.Set("tollCountries");
    private static readonly WordSet AttackNouns = WordLists.Set("attackNouns");
    private static readonly WordSet RegionWords = WordLists.Set("regionWords");
    private static readonly WordSet MonitorNouns = WordLists.Set("monitorNouns");
    private static readonly WordSet CompassWords = WordLists.Set("compassWords");
    private static readonly WordSet CompassNouns = WordLists.Set("tollCompassNouns");
    private static readonly WordSet CompassCountries = WordLists.Set("tollCompassCountries");

    /// <summary>The nation of the country the civilian count's clause places it in, or null; <paramref name="tokens"/> are its sentence's.</summary>
    public static Nationality? Of(string text, List<Token> tokens, ClaimDraft draft)
    {
        var first = tokens.FindIndex(t => t.Start >= draft.Number.End);
        if (!Nouns.Contains(draft.Noun) && !(first >= 0 && Modifiers.Contains(text.AsSpan(tokens[first].Start, tokens[first].Length))))
        {
            return null;
        }
        for (var i = first; i >= 0 && i + 1 < tokens.Count && i < first + Reach; i++)
        {
            if (!tokens[i].IsWord)
            {
                if (ClosesClause(text[tokens[i].Start]))
                {
                    return MonitorsCountry(text, tokens, first);
                }
                continue;
            }
            if (Locatives.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)) && PlacedCountryAt(text, tokens, i + 1) is { } country)
            {
                return country;
            }
        }
        return MonitorsCountry(text, tokens, first);
    }

    // "the monitoring mission in Ukraine says …": a monitor noun, "in" and a country before the count, whose own civilian
    // noun follows it ("14,000 civilians"); a conjunct that carries the noun ("and more than 30,000 injured", Unseen25
    // bta-pavlohrad, bare in the gold) is left as it was.
    private static Nationality? MonitorsCountry(string text, List<Token> tokens, int first)
    {
        if (first < 0 || first >= tokens.Count || !tokens[first].IsWord
            || !(Nouns.Contains(text.AsSpan(tokens[first].Start, tokens[first].Length)) || Modifiers.Contains(text.AsSpan(tokens[first].Start, tokens[first].Length))))
        {
            return null;
        }
        return MissionsCountry(text, tokens, first);
    }

    /// <summary>The country a monitoring mission named before token <paramref name="end"/> works in ("the UN human rights monitoring mission in Ukraine"), or null.</summary>
    internal static Nationality? MissionsCountry(string text, List<Token> tokens, int end)
    {
        for (var i = 0; i + 2 < end; i++)
        {
            if (tokens[i].IsWord && MonitorNouns.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)) && tokens[i + 1].IsWord
                && Locatives.Contains(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length)) && CountryAt(text, tokens, i + 2) is { } country)
            {
                return country;
            }
        }
        return null;
    }

    // The country after "in", or after a compass word naming its part: "in northern Israel", "in north-eastern Israel",
    // "in the north of Israel". Only the countries of tollCompassCountries take the compass word: the golds give
    // "civilians killed in northern Israel" Israel's nation (Unseen2, 29, 39, 52, 64, 72), but keep "two civilians in
    // central Ukraine" bare (Unseen strike tolls in Ukraine, Lebanon and Sudan stay bare, session 19's convention), so
    // the part of those countries names where a strike fell, not the war's toll "in Ukraine" that ruling 1 reads.
    internal static Nationality? PlacedCountryAt(string text, List<Token> tokens, int i)
    {
        if (CountryAt(text, tokens, i) is { } country)
        {
            return country;
        }
        var after = AfterCompass(text, tokens, i);
        if (after == i || CountryAt(text, tokens, after) is not { } placed || Nationality.At(text, tokens, after) is not { } found)
        {
            return null;
        }
        var last = tokens[after + found.Tokens - 1];
        return CompassCountries.Contains(text.AsSpan(tokens[after].Start, last.End - tokens[after].Start)) ? placed : null;
    }

    // The token after a compass phrase starting at i ("northern", "north-eastern", "the north of"), or i when there is none.
    private static int AfterCompass(string text, List<Token> tokens, int i)
    {
        if (i + 2 < tokens.Count && IsWord(text, tokens[i], "the") && tokens[i + 1].IsWord
            && CompassNouns.Contains(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length)) && IsWord(text, tokens[i + 2], "of"))
        {
            return i + 3;
        }
        var j = i;
        while (j < tokens.Count && tokens[j].IsWord && CompassWords.Contains(text.AsSpan(tokens[j].Start, tokens[j].Length)))
        {
            j++;
            if (j + 1 < tokens.Count && text[tokens[j].Start] == '-' && !tokens[j].IsWord)
            {
                j++;
            }
        }
        return j > i && !tokens[j - 1].IsWord ? i : j;
    }

    private static bool IsWord(string text, Token token, string word) =>
        token.IsWord && text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool ClosesClause(char mark) => mark is ',' or ';' or ':' or '.' or '(' or ')' or '!' or '?';

    // A country's own name at token i, standing alone: not its possessive, its region or an attack named by it.
    internal static Nationality? CountryAt(string text, List<Token> tokens, int i)
    {
        if (Nationality.At(text, tokens, i) is not { } found)
        {
            return null;
        }
        var last = i + found.Tokens - 1;
        if (!Countries.Contains(text.AsSpan(tokens[i].Start, tokens[last].End - tokens[i].Start)))
        {
            return null;
        }
        if (last + 1 >= tokens.Count)
        {
            return found.Nationality;
        }
        var next = tokens[last + 1];
        var word = text.AsSpan(next.Start, next.Length);
        return !next.IsWord ? (text[next.Start] is '\'' or '’' ? null : found.Nationality)
            : AttackNouns.Contains(word) || RegionWords.Contains(word) ? null : found.Nationality;
    }
}
