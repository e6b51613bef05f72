using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "In Kyiv, where missiles struck a playground, the city's military administration said seven people had been killed";
/// "Across the capital, 26 people were killed …, the city's military administration said": a city military
/// administration named by level alone, "the city's" or "the capital's", with the city set earlier in the sentence.
/// Left unread it credited nobody (Unseen80 afp-ukraine-strikes-toll-rises-19-dead, Unseen17
/// reuters-kyiv-apartment-block-strike), as <see cref="SentencesRegionAdministration"/> found for "the regional
/// administration". A city military administration is Ukrainian by definition (<see cref="RegionalAdministration"/>), so
/// "the capital's" is Kyiv's; "the city's" is the city the sentence opens in or names after "in" ("In Kyiv, …",
/// "a strike in Dnipro killed …"), the nearest one before the administration; "across the capital" before it is Kyiv.
/// A city named with its region's level word ("in the Kharkiv region") is the region, not the city, and gives nothing;
/// so does a sentence that names no city. Golden case: the_citys_military_administration_of_the_sentences_city.
/// </summary>
internal static partial class CitysMilitaryAdministration
{
    private const string Capital = "Kyiv";

    // "the city's military administration", "the capital's civil-military administration": "military" is required, since
    // "the city's administration" may be its council, a body the golds do not credit as the military administration.
    [GeneratedRegex(@"(?:^|[^\p{L}])(?<the>[Tt]he) (?<which>city|capital)['’]s (?:[Mm]ilitary|[Cc]ivil-[Mm]ilitary) $", RegexOptions.CultureInvariant)]
    private static partial Regex TheCitys();

    // The cities a Ukrainian city military administration speaks for (attribution.json ukrainianCities): "in Russian
    // missile strikes" names no city.
    private static readonly WordSet Cities = WordLists.Set("ukrainianCities");

    // "In Kyiv", "in Kryvyi Rih": a city named after "in", not "in the Kharkiv region" nor "in Kharkiv Oblast".
    [GeneratedRegex(@"\b[Ii]n (?<place>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)\b(?! (?:[Rr]egion|[Oo]blast|[Pp]rovince))", RegexOptions.CultureInvariant)]
    private static partial Regex InCity();

    // "Across the capital", "in the capital": the sentence is about Kyiv.
    [GeneratedRegex(@"\b(?:[Ii]n|[Aa]cross|[Oo]ver|[Oo]n) the capital\b", RegexOptions.CultureInvariant)]
    private static partial Regex InCapital();

    // How far back the level words and the sentence's city are looked for: a long roundup sentence fits.
    private const int Window = 240;

    /// <summary>
    /// The city ("Kyiv") and where "the" starts when "administration" at <paramref name="at"/> is "the city's/capital's
    /// military administration" and the sentence names its city; null otherwise.
    /// </summary>
    public static (string Place, int TheAt)? Read(string text, int at)
    {
        var from = Math.Max(0, at - Window);
        var the = TheCitys().Match(text, from, at - from);
        if (!the.Success)
        {
            return null;
        }
        var theAt = the.Groups["the"].Index;
        if (the.Groups["which"].Value == "capital")
        {
            return (Capital, theAt);
        }
        var sentence = text[SentenceStart(text, from, theAt)..theAt];
        var named = InCity().Matches(sentence).Select(m => City(m.Groups["place"].Value)).LastOrDefault(c => c is not null);
        if (named is not null)
        {
            return (named, theAt);
        }
        return InCapital().IsMatch(sentence) ? (Capital, theAt) : null;
    }

    // "Kryvyi Rih" as written, or "Kyiv" of "Kyiv Mayor …"; null for a place the list does not know.
    private static string? City(string written)
    {
        if (Cities.Contains(written))
        {
            return written;
        }
        var first = written.Split(' ')[0];
        return Cities.Contains(first) ? first : null;
    }

    // Past the last line break or full stop before the administration within the window.
    private static int SentenceStart(string text, int from, int at)
    {
        var span = text.AsSpan(from, at - from);
        var line = span.LastIndexOf('\n') + 1;
        var stop = span.LastIndexOf(". ") is var s and >= 0 ? s + 2 : 0;
        return from + Math.Max(line, stop);
    }
}
