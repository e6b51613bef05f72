using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "About 55,500 people have been displaced inside Lebanon, the IOM said. … Across the border, Israel has evacuated
/// around 60,000 residents of the north"; "In Israel, about 60,000 residents of northern towns were evacuated" after the
/// IOM's count in southern Lebanon; "In northern Israel, too, the war has forced around 68,000 people out" after the
/// Lebanese ministry's toll: a frameless sentence that opens on the other side of a border (a fronted "In &lt;country&gt;,"
/// or attribution.json <c>otherSideOpenings</c>) leaves the speaker carried from the first side, who counted there, not
/// here. A national body's side is its own country; a body of no country's is the country its opening sentence named.
/// The golds give such figures to nobody or to the other side's government (Unseen64 thehindu-data-acled, Unseen78
/// bloomberg-lebanon-tourism, Unseen82 naharnet-briefing-truce). A sentence that opens on the speaker's own side, or
/// names no country at its opening, keeps it. Read by <see cref="SpeakerScope.Inherit"/>. Golden cases:
/// the_other_side_of_the_border_leaves_the_speaker, the_same_side_keeps_the_speaker.
/// </summary>
internal static class OtherSidesOpening
{
    // "In northern Israel, too," : the place and a short aside before the comma that closes the fronted phrase.
    private const int MaxOpening = 6;
    private static readonly string[] Openings = [.. WordLists.Set("otherSideOpenings").Words];

    /// <summary>
    /// Whether <paramref name="sentence"/> opens on another side than <paramref name="carried"/>'s, whose scope opened in
    /// <paramref name="frame"/>; <paramref name="tokens"/> is scratch space.
    /// </summary>
    public static bool Holds(string text, Sentence sentence, Sentence? frame, SourceDefinition? carried, List<Token> tokens)
    {
        if (carried is null)
        {
            return false;
        }
        Token.Split(text, sentence.Start, sentence.End, tokens);
        var across = AcrossTheBorder(text, sentence);
        var place = across ? FirstCountry(text, tokens, 0) : FrontedCountry(text, tokens);
        if (!across && place is null)
        {
            return false;
        }
        if (carried.Country is { } home)
        {
            return place is null ? across : place.Country != home;
        }
        if (frame is null)
        {
            return false;
        }
        Token.Split(text, frame.Start, frame.End, tokens);
        var named = CountriesNamed(text, tokens);
        return named.Count > 0 && (place is null || !named.Contains(place.Country));
    }

    // "Across the border, …": the sentence opens with a phrase of otherSideOpenings and a comma after it.
    private static bool AcrossTheBorder(string text, Sentence sentence)
    {
        var opening = text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimStart();
        foreach (var phrase in Openings)
        {
            if (opening.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && opening.Length > phrase.Length && opening[phrase.Length] == ',')
            {
                return true;
            }
        }
        return false;
    }

    // "In Israel,", "In northern Israel, too,": "in" first, then a country (or a compass part of one), then a comma soon.
    private static Nationality? FrontedCountry(string text, List<Token> tokens)
    {
        if (tokens.Count < 4 || !tokens[0].IsWord || !text.AsSpan(tokens[0].Start, tokens[0].Length).Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var country = CiviliansInACountry.PlacedCountryAt(text, tokens, 1);
        if (country is null)
        {
            return null;
        }
        for (var i = 2; i < tokens.Count && i <= MaxOpening; i++)
        {
            if (!tokens[i].IsWord && text[tokens[i].Start] == ',')
            {
                return country;
            }
            if (!tokens[i].IsWord && text[tokens[i].Start] != '-')
            {
                return null;
            }
        }
        return null;
    }

    private static Nationality? FirstCountry(string text, List<Token> tokens, int from)
    {
        for (var i = from; i < tokens.Count; i++)
        {
            if (CiviliansInACountry.CountryAt(text, tokens, i) is { } country)
            {
                return country;
            }
        }
        return null;
    }

    private static HashSet<string> CountriesNamed(string text, List<Token> tokens)
    {
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (CiviliansInACountry.CountryAt(text, tokens, i) is { } country)
            {
                named.Add(country.Country);
            }
        }
        return named;
    }
}
