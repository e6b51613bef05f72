namespace ClaimTracker.Core.Claims;

/// <summary>
/// A country or region named by its name before a count of people is where they were counted, not whose people they
/// are: before a toll ("Lebanon's toll from Israeli strikes climbs to 569", "Lebanon death toll rises to 2,083"), as a
/// headline's label ("Lebanon: toll passes 3,160", "Sudan: Over 91,000 have fled El Fasher": UN News and OCHA put the
/// country before a colon on every headline), after a locative ("Aid agencies in North Darfur registered about 6,400
/// new arrivals") or before a place word ("The five Darfur states have reported 6,870 cases"). Such counts are
/// "people", as the gold sets annotate every such row; an adjective still names the people ("the overall Palestinian
/// death toll", "Russian losses"), and so does a country that loses soldiers ("Russia's losses": a military count).
/// Gaza's people are Palestinians wherever they are counted, so Gaza and the Palestinian territories keep theirs.
/// Read by <see cref="NationalityBeforeCount"/>. Golden cases: a_countrys_toll_counts_people, a_countrys_name_is_the_place_of_its_count.
/// </summary>
internal static class CountryAsPlace
{
    private const string Palestinian = "PS";
    private static readonly WordSet TollWords = WordLists.Set("tollWords");
    private static readonly WordSet Locatives = WordLists.Set("locatives");
    private static readonly WordSet PlaceWords = WordLists.Set("countryPlaceWords");
    private static readonly WordSet Compass = WordLists.Set("compassWords");
    private static readonly WordSet CountryCivilians = WordLists.Set("countryCivilians");

    /// <summary>Whether the country named at tokens <paramref name="s"/>..<paramref name="i"/> is only the count's place.</summary>
    public static bool At(PeopleCountReader reader, int s, int i, Nationality named, ClaimDraft draft)
    {
        // Civilians follow their own convention (CountryCivilians: "24 civilians … on the Israeli side" keep Israel's).
        if (draft.Military || CountryCivilians.Contains(draft.Noun) || named.Country == Palestinian || ByAdjective(reader, s, i, named))
        {
            return false;
        }
        // "PORT SUDAN (AFP) - Nearly 39,000 people have fled": a bare-people country's place name (BareCountrysPlaceName).
        if (BareCountrysPlaceName.At(reader, i, named, draft))
        {
            return true;
        }
        var tokens = reader.Tokens;
        var next = i + 1;
        // "Sudan: Over 91,000 have fled": the headline's label, its first words.
        if (next < tokens.Count && !tokens[next].IsWord && reader.Text[tokens[next].Start] == ':' && FirstWords(reader, s))
        {
            return true;
        }
        return LocativeBefore(reader, s) || TollOrPlaceAfter(reader, next);
    }

    // "the Lebanese death toll", "the number of Haitians displaced": an adjective or its plural names the people.
    private static bool ByAdjective(PeopleCountReader reader, int s, int i, Nationality named)
    {
        var words = reader.Text.AsSpan(reader.Tokens[s].Start, reader.Tokens[i].End - reader.Tokens[s].Start);
        return words.Equals(named.Adjective, StringComparison.OrdinalIgnoreCase)
            || (words.Length == named.Adjective.Length + 1 && words.StartsWith(named.Adjective, StringComparison.OrdinalIgnoreCase) && words[^1] is 's');
    }

    // "in North Darfur", "across Lebanon": a locative before the name, past capitalised compass words.
    private static bool LocativeBefore(PeopleCountReader reader, int s)
    {
        var k = s - 1;
        while (k >= 0 && reader.Tokens[k].IsWord && char.IsUpper(reader.Text[reader.Tokens[k].Start]) && Compass.Contains(reader.Word(k)))
        {
            k--;
        }
        return k >= 0 && reader.Tokens[k].IsWord && char.IsLower(reader.Text[reader.Tokens[k].Start]) && Locatives.Contains(reader.Word(k));
    }

    // "Lebanon's toll", "Lebanon death toll", "the five Darfur states".
    private static bool TollOrPlaceAfter(PeopleCountReader reader, int next)
    {
        var tokens = reader.Tokens;
        while (next < tokens.Count && (!tokens[next].IsWord || reader.Is(next, "s")))
        {
            next++;
        }
        for (var k = next; k < Math.Min(tokens.Count, next + 2); k++)
        {
            if (tokens[k].IsWord && (TollWords.Contains(reader.Word(k)) || PlaceWords.Contains(reader.Word(k))))
            {
                return true;
            }
        }
        return false;
    }

    // Whether no lower-case word stands before the name in its sentence ("Skip next section Lebanon: …" is furniture).
    private static bool FirstWords(PeopleCountReader reader, int s)
    {
        for (var k = 0; k < s; k++)
        {
            if (reader.Tokens[k].IsWord && !char.IsUpper(reader.Text[reader.Tokens[k].Start]))
            {
                return false;
            }
        }
        return true;
    }
}
