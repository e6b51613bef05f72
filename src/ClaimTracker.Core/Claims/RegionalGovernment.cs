using System.Text.RegularExpressions;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "At least 23 Russian civilians have been killed by explosives in the region since April, the regional government
/// said" after "Kursk Governor Alexander Khinshtein said": a regional government is the region's, not the state's. The
/// anaphor was resolved as "the government" is, to the country's (the Kremlin), and <see cref="RegionalHead"/> then
/// had nothing to refuse (Unseen49 washingtonpost-north-korean-deminers-kursk-red-star). "The regional government",
/// "the regional authorities", "the regional administration" (attribution.json <c>regionalGovernmentHeads</c>) take
/// the regional administration named last before them (a governor by name or title). With none named, the words are
/// resolved as before: "A regional administration statement said" in a Sumy story stays the Ukrainian government
/// (golden case a_regional_administration_statement, which read nobody when this rule first gave none). A body the
/// registry holds as regional ("Darfur regional government") is kept. Golden case:
/// the_regional_government_is_the_governors_administration. "The regional administration added" and "the city military
/// administration said" with no place of their own are the one region's or city's administration the story has named
/// (Unseen85 ukrinform-sumy, pravda-kherson; the bare words in roundups stay unread); golden cases
/// the_regional_administration_of_a_one_region_story, a_source_line_names_the_lead_paragraphs_source.
/// </summary>
internal static partial class RegionalGovernment
{
    [GeneratedRegex(@"^[Tt]he (?<level>[Rr]egional|[Cc]ity) (?:(?:[Mm]ilitary|[Ss]tate) )?[Aa]dministration$", RegexOptions.CultureInvariant)]
    private static partial Regex BareAdministration();

    private const string Regional = "regional";
    private const string AdministrationSuffix = " regional administration";
    private const string CitySuffix = " city military administration";
    private static readonly WordSet Heads = WordLists.Set("regionalGovernmentHeads");

    /// <summary>Whether the anaphor's words are a regional government's ("the regional authorities").</summary>
    public static bool Is(string words)
    {
        var span = words.AsSpan().Trim();
        var space = span.LastIndexOf(' ');
        return space > 0 && Heads.Contains(span[(space + 1)..]) && span[..space].EndsWith(Regional, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "the regional administration added", "the regional military administration said" with no region in the sentence:
    /// the administration by its level alone, which <see cref="SentencesRegionAdministration"/> leaves unread.
    /// </summary>
    public static bool IsBareAdministration(ReadOnlySpan<char> words) => BareAdministration().IsMatch(words);

    /// <summary>
    /// The body a regional government's words stand for: one resolved as regional, else the administration named last
    /// before <paramref name="start"/>, else the one resolved. <paramref name="bare"/> words take the administration
    /// named before only when it is the only one the story has named, and nobody otherwise.
    /// </summary>
    public static SourceDefinition? Body(SourceDefinition? resolved, int start, IReadOnlyList<SourceMention> mentions, string text = "", string words = "", bool bare = false)
    {
        if (!bare && resolved is not null && resolved.Name.Contains(Regional, StringComparison.OrdinalIgnoreCase))
        {
            return resolved;
        }
        var suffix = bare && Level(words) == "city" ? CitySuffix : AdministrationSuffix;
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            if (mentions[k].Start < start && mentions[k].Source is { } named && named.Name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return !bare || (OnlyOneBefore(named, suffix, k, mentions) && NearestPlace(text, start) == named.Name[..^suffix.Length]) ? named : null;
            }
        }
        return bare ? null : resolved;
    }

    // The last Ukrainian or Russian region or city named before the words: "Russian artillery killed two men in the city
    // of Kherson, the regional administration said" in an Izium story is not Kharkiv's, and "a strike on the regional
    // centre" in a roundup is the region last named (Unseen18 afp-izium, Unseen46 cbc-christmas); null when none is.
    private static string? NearestPlace(string text, int start)
    {
        string? nearest = null;
        foreach (Match word in PlaceWord().Matches(text[..start]))
        {
            if (Places.Any(set => set.Contains(word.Value)))
            {
                nearest = word.Value;
            }
        }
        return nearest;
    }

    private static readonly WordSet[] Places = [WordLists.Set("ukrainianRegions"), WordLists.Set("ukrainianCities"), WordLists.Set("russianRegions")];

    [GeneratedRegex(@"\p{Lu}[\p{L}-]*", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceWord();

    // "regional" or "city", as the bare words give it.
    private static string Level(string words) => BareAdministration().Match(words).Groups["level"].Value.ToLowerInvariant();

    // "the regional administration added" in a story about one region (a Sumy daily toll after "the head of the Sumy
    // Regional Military Administration"), "the city military administration" after "Source: Kherson City Military
    // Administration": that region's, that city's. In a roundup naming several regions the bare words could be any
    // of them and stay unread (golden case the_regional_administration_of_the_sentences_region).
    private static bool OnlyOneBefore(SourceDefinition named, string suffix, int k, IReadOnlyList<SourceMention> mentions)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            if (mentions[j].Source is { } other && other != named && other.Name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
