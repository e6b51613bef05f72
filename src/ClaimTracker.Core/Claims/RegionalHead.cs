using System.Buffers;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…, regional Governor Vadym Filashkin said", "Oleksandr Prokudin said", "acting governor Alexander Khinshtein said":
/// wire copy names a region's head by name alone once the dateline or the lede has set the scene, and often never names
/// his region. The heads of Ukraine's oblasts and of Russia's border regions in 2024–2025 (and those of 2022–23, whom the
/// sets' archive reports name: Starukh, Kyrylenko, Reznichenko, Haidai…) are few and public, so they are
/// listed with their regions (attribution.json <c>regionalHeads</c>, "Full Name:Region"), and a full name speaks for its
/// region's administration (read by <see cref="RegionalAdministration"/>); the surname alone later follows as any
/// surname does (<see cref="SurnameSpeaker"/>). Golden cases: regional_head_by_name_alone, regional_heads_of_2022_by_name.
/// </summary>
internal static class RegionalHead
{
    private static readonly Dictionary<string, string> Heads = WordLists.Pairs(WordLists.Set("regionalHeads"));

    // Most articles name none of the heads: one search for all the names finds where any first is, and the search
    // name by name starts there, instead of each name reading the whole text.
    private static readonly SearchValues<string> AnyHead = SearchValues.Create([.. Heads.Keys], StringComparison.Ordinal);

    /// <summary>Each listed head's full name in the text, with the region it speaks for.</summary>
    public static IEnumerable<(int Start, int End, string Region)> Named(string text)
    {
        var first = text.AsSpan().IndexOfAny(AnyHead);
        if (first < 0)
        {
            yield break;
        }
        foreach (var (name, region) in Heads)
        {
            for (var at = text.IndexOf(name, first, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                if (end == text.Length || !char.IsLetter(text[end]))
                {
                    yield return (at, end, region);
                }
            }
        }
    }

    private static readonly WordSet Regions = new([.. WordLists.Set("ukrainianRegions").Words, .. WordLists.Set("russianRegions").Words]);

    /// <summary>
    /// Whether an anaphor resolved to a region's administration is not it: "The regional police said" names another of
    /// the region's bodies (Unseen23 dpa-zaporizhzhia), and in "On Wednesday, four people were killed in a drone attack
    /// on Kharkiv, the regional governor said", after the Dnipropetrovsk governor spoke, the sentence names another
    /// region before "the governor", so he is that region's, not the one named last (golden case:
    /// regional_head_by_name_alone, last sentence).
    /// </summary>
    public static bool Refuses(string text, int sentenceStart, Attributor anaphor, SourceDefinition body)
    {
        if (!body.Name.EndsWith(" regional administration", StringComparison.Ordinal))
        {
            return false;
        }
        // "The regional police said": another of the region's bodies, not its administration.
        var head = anaphor.Text.AsSpan().TrimEnd();
        head = head[(head.LastIndexOf(' ') + 1)..];
        if (anaphor.Text.Contains("regional ", StringComparison.OrdinalIgnoreCase) && !OwnTitles.Contains(head))
        {
            return true;
        }
        return NamesAnotherRegion(text, sentenceStart, anaphor.Start, body);
    }

    private static readonly WordSet OwnTitles = new("governor", "administration", "head", "chief", "leader");

    private static bool NamesAnotherRegion(string text, int sentenceStart, int anaphorStart, SourceDefinition body)
    {
        if (anaphorStart <= sentenceStart)
        {
            return false;
        }
        var own = body.Name[..^" regional administration".Length];
        foreach (var word in text[sentenceStart..anaphorStart].Split([' ', ',', '.', ';', '\n', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 0 && char.IsUpper(word[0]) && Regions.Contains(word) && !word.Equals(own, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
