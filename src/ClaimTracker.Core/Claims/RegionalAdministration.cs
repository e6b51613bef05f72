using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "the head of the Kharkiv regional military administration", "Kyiv City Military Administration head", "Belgorod
/// Governor Vyacheslav Gladkov", "the governor of Russia's Kursk region": a region's or a city's own authority. Every
/// Ukrainian oblast and city at war has one, and so does every Russian border region, so they are a kind of speaker
/// read by pattern, not listed body by body in the registry. The canonical name is the place and the level, as the gold
/// files write it: "&lt;Place&gt; regional administration" for an oblast's or a Russian region's administration and its
/// head (the governor), "&lt;Place&gt; city military administration" for a city's. A region must be one of the places listed
/// (attribution.json <c>ukrainianRegions</c>, <c>russianRegions</c>, which also give the country; spellings as
/// <c>placeSpellings</c>); a city military administration is Ukrainian by definition. An administration Russia installed
/// in an occupied region ("the Moscow-installed governor of Zaporizhzhia") is not the Ukrainian one and is left to be
/// proposed. The place's name inside ("Kyiv") no longer names the country's government. Golden cases:
/// regional_administration_by_pattern, russian_governor_by_pattern, city_military_administration_not_the_government,
/// installed_governor_is_not_the_region. A region's chief by any other title ("Sumy regional chief …", "Kharkiv regional
/// head …", "the chief of the Sumy region", "the Zaporizhzhia regional leader") is its governor: the title must stand
/// right after "regional" / "region" / "oblast" or before "of the &lt;Place&gt; region", so "the regional police chief" and
/// "the head of the Kharkiv region's police" are not it (attribution.json <c>regionalChiefTitles</c>). Golden case:
/// regional_chief_by_any_title.
/// </summary>
internal static partial class RegionalAdministration
{
    private const int Window = 80;
    private const int MaxCached = 512;

    private static readonly WordSet Ukrainian = WordLists.Set("ukrainianRegions");
    private static readonly WordSet Russian = WordLists.Set("russianRegions");
    private static readonly WordSet Installers = WordLists.Set("installedBy");
    private static readonly WordSet ChiefTitles = WordLists.Set("regionalChiefTitles");
    // Every word the scans below start from, for one search of the text where there was one per word (session 28: the
    // five whole-text searches cost ~1.7 % of the extractor, on articles that mostly name none of them).
    private static readonly SearchValues<string> ScanWords = SearchValues.Create(["administration", "governor", .. ChiefTitles.Words], StringComparison.OrdinalIgnoreCase);
    private static readonly Dictionary<string, string> Spellings = WordLists.Set("placeSpellings").Words
        .Select(w => w.Split('>'))
        .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);

    // "the governor of the southern Kherson region", "head of Ukraine's northeastern Sumy oblast": wire copy puts a compass
    // word before the region's name; it names no other place (golden case: governor_of_the_southern_region).
    private const string Compass =
        @"(?:(?:south|north)?(?:eastern|western) |southern |northern |central |(?:South|North)?(?:eastern|western) |Southern |Northern |Central )?";

    // The patterns below are source-generated, not interpreted: they are tried at every "governor", "administration",
    // "head", "chief" and "leader" of every article, and the interpreter cost about 1 % of the extractor (session 24).

    // "Sumy regional chief", "Kharkiv Oblast head", "Kherson region's leader": a level word is required, as "Sumy head" is no title.
    [GeneratedRegex(@"(?<place>\p{Lu}[\p{L}-]+) (?:[Rr]egional|[Rr]egion|[Oo]blast)(?:'s|’s)? $", RegexOptions.CultureInvariant)]
    internal static partial Regex ChiefBefore();

    // "chief of the Sumy region", "head of Ukraine's Kharkiv oblast", not "head of the Kharkiv region's police".
    [GeneratedRegex(@"^ of (?:Russia's |Russia’s |Ukraine's |Ukraine’s |the )?" + Compass + @"(?<place>\p{Lu}[\p{L}-]+) (?:[Rr]egion|[Oo]blast)\b(?!['’])", RegexOptions.CultureInvariant)]
    private static partial Regex ChiefOf();

    private static readonly ConcurrentDictionary<string, SourceDefinition> Bodies = new(StringComparer.OrdinalIgnoreCase);

    // "Kharkiv regional military administration", "Kyiv City Military Administration", "Sumy Regional State Administration".
    [GeneratedRegex(@"(?<place>(?!(?:City|Regional|Oblast|Region|State|Military|The|A|An)\b)\p{Lu}[\p{L}'’-]+(?: (?!(?:City|Regional|Oblast|Region|State|Military)\b)\p{Lu}[\p{L}'’-]+)?) (?:(?<level>[Cc]ity|[Rr]egional|[Oo]blast|[Rr]egion) )?(?:(?:[Ss]tate|[Mm]ilitary|[Cc]ivil-[Mm]ilitary) )?$", RegexOptions.CultureInvariant)]
    private static partial Regex AdministrationBefore();

    // "Belgorod Governor", "Belgorod regional governor", "Kharkiv Oblast governor", "Kharkiv's governor".
    [GeneratedRegex(@"(?<place>\p{Lu}[\p{L}-]+)(?:'s|’s)? (?:(?:[Rr]egional|[Rr]egion|[Oo]blast|[Rr]egion's|[Oo]blast's) )?(?:[Aa]cting )?$", RegexOptions.CultureInvariant)]
    private static partial Regex GovernorBefore();

    // "governor of Russia's Kursk region", "governor of the Kharkiv region", "governor of Kherson".
    [GeneratedRegex(@"^ of (?:Russia's |Russia’s |Ukraine's |Ukraine’s |the |the Russian |the Ukrainian )?" + Compass + @"(?<place>\p{Lu}[\p{L}-]+)(?: [Rr]egion| [Oo]blast)?", RegexOptions.CultureInvariant)]
    private static partial Regex GovernorOf();

    // "In the Zaporizhzhia region in southeast Ukraine, governor Ivan Fedorov said": the sentence has set the region,
    // so a governor with no place of his own is its governor (Golden case: governor_of_the_region_the_sentence_opens_in).
    [GeneratedRegex(@"(?:^|[.\n] *)In (?:the |Ukraine's |Ukraine’s |Russia's |Russia’s )?" + Compass + @"(?<place>\p{Lu}[\p{L}-]+) (?:[Rr]egion|[Oo]blast)(?: [^,.\n]{1,40})?, (?:the )?(?:[Rr]egional )?$", RegexOptions.CultureInvariant)]
    private static partial Regex GovernorInRegion();

    /// <summary>
    /// The mentions with every regional or city administration the text names added, in order, and the registry's
    /// mentions inside them dropped ("Kyiv" in "Kyiv City Military Administration"); the same list when there is none.
    /// </summary>
    public static IReadOnlyList<SourceMention> With(string text, IReadOnlyList<SourceMention> mentions)
    {
        List<SourceMention>? found = null;
        if (ScanWordsAt(text) is { } at)
        {
            Scan(text, at, "administration", Administration, ref found);
            Scan(text, at, "governor", Governor, ref found);
            foreach (var title in ChiefTitles.Words)
            {
                Scan(text, at, title, Chief, ref found);
            }
        }
        AddHeads(text, ref found);
        // "the Moscow-installed governor": Moscow installed him; it is not the one speaking.
        var installer = mentions.Where(m => Installers.Contains(InstalledWord(text, m))).ToList();
        if (found is null && installer.Count == 0)
        {
            return mentions;
        }
        found ??= [];
        var merged = mentions.Where(m => !installer.Contains(m) && !found.Exists(f => m.Start < f.End && f.Start < m.End)).Concat(found).ToList();
        merged.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return merged;
    }

    // A head named by name alone speaks for his region (RegionalHead).
    private static void AddHeads(string text, ref List<SourceMention>? found)
    {
        foreach (var (start, end, written) in RegionalHead.Named(text))
        {
            if (Region(Place(written)) is { } body && !Installed(text, start))
            {
                (found ??= []).Add(Mention(text, start, end, body));
            }
        }
    }

    // Where any scanned word starts (case aside), in order; null when none does.
    private static List<int>? ScanWordsAt(string text)
    {
        List<int>? at = null;
        for (var from = 0; from < text.Length && text.AsSpan(from).IndexOfAny(ScanWords) is var next and >= 0; from += next + 1)
        {
            (at ??= []).Add(from + next);
        }
        return at;
    }

    // The keyword's occurrences among the starts, as successive searches for it alone would find them (each past the last).
    private static void Scan(string text, List<int> starts, string keyword, Func<string, int, SourceMention?> read, ref List<SourceMention>? found)
    {
        var past = 0;
        foreach (var at in starts)
        {
            if (at < past || !text.AsSpan(at).StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            past = at + keyword.Length;
            var end = at + keyword.Length;
            var whole = (at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]));
            if (whole && read(text, at) is { } mention)
            {
                (found ??= []).Add(mention);
            }
        }
    }

    private static SourceMention? Administration(string text, int at)
    {
        var from = Math.Max(0, at - Window);
        var match = AdministrationBefore().Match(text, from, at - from);
        if (!match.Success && ItsRegionsAdministration.Read(text, at) is { } its)
        {
            return Region(Place(its.Place)) is { } region ? Mention(text, its.ItsAt, at + "administration".Length, region) : null;
        }
        if (!match.Success && SentencesRegionAdministration.Read(text, at) is { } sentences)
        {
            return SentencesRegion(sentences.Places) is { } region ? Mention(text, sentences.TheAt, at + "administration".Length, region) : null;
        }
        // "In Kyiv, …, the city's military administration said": the city the sentence names (CitysMilitaryAdministration).
        if (!match.Success && CitysMilitaryAdministration.Read(text, at) is { } citys)
        {
            return City(citys.Place) is { } city ? Mention(text, citys.TheAt, at + "administration".Length, city) : null;
        }
        if (!match.Success || Installed(text, match.Index))
        {
            return null;
        }
        var place = Place(match.Groups["place"].Value);
        var level = match.Groups["level"].Value.ToLowerInvariant();
        var military = match.Value.Contains("ilitary", StringComparison.Ordinal);
        SourceDefinition? body = level switch
        {
            "city" => City(place),
            "" when !military => null,
            // "Kryvyi Rih military administration": a region's name names the region's, any other place its city's.
            "" => Region(place) ?? City(place),
            _ => Region(place),
        };
        return body is null ? null : Mention(text, match.Groups["place"].Index, at + "administration".Length, body);
    }

    // The nearest of the sentence's places the lists know ("In Kherson Oblast, …": "Kherson"), or none.
    private static SourceDefinition? SentencesRegion(IReadOnlyList<string> places)
    {
        foreach (var place in places)
        {
            if (Region(Place(place)) is { } region)
            {
                return region;
            }
        }
        return null;
    }

    private static SourceMention? Governor(string text, int at)
    {
        var end = at + "governor".Length;
        var from = Math.Max(0, at - Window);
        var before = GovernorBefore().Match(text, from, at - from);
        if (before.Success && Region(Place(before.Groups["place"].Value)) is { } named && !Installed(text, before.Index))
        {
            return Mention(text, before.Groups["place"].Index, end, named);
        }
        var after = GovernorOf().Match(text[end..Math.Min(text.Length, end + Window)]);
        if (after.Success && Region(Place(after.Groups["place"].Value)) is { } of && !Installed(text, at))
        {
            return Mention(text, at, end + after.Index + after.Length, of);
        }
        var opened = GovernorInRegion().Match(text, from, at - from);
        return opened.Success && Region(Place(opened.Groups["place"].Value)) is { } set && !Installed(text, at) ? Mention(text, at, end, set) : null;
    }

    private static SourceMention? Chief(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        var next = NextWord(text, end);
        if (next.Equals("of", StringComparison.Ordinal))
        {
            var after = ChiefOf().Match(text[end..Math.Min(text.Length, end + Window)]);
            return after.Success && Region(Place(after.Groups["place"].Value)) is { } of && !Installed(text, at)
                ? Mention(text, at, end + after.Index + after.Length, of)
                : null;
        }
        // "regional chief prosecutor", "regional head nurse": the title is part of another office's.
        if (next.Length > 0 && char.IsLower(next[0]) && !ClaimLexicon.ReportingVerbs.Contains(next))
        {
            return null;
        }
        // ChiefBefore ends on a level word and one space: "head", "chief" and "leader" are common words, and most have none.
        if (!LevelBefore(text, at))
        {
            return null;
        }
        var from = Math.Max(0, at - Window);
        var before = ChiefBefore().Match(text, from, at - from);
        return before.Success && Region(Place(before.Groups["place"].Value)) is { } named && !Installed(text, before.Index)
            ? Mention(text, before.Groups["place"].Index, end, named)
            : null;
    }

    /// <summary>
    /// Whether text[..at] ends as <see cref="ChiefBefore"/> must: "regional", "region" or "oblast" (either case of its
    /// first letter), an optional "'s", then one space. Checked before the match (issue 10 deliver 4).
    /// </summary>
    internal static bool LevelBefore(string text, int at)
    {
        if (at < 1 || text[at - 1] != ' ')
        {
            return false;
        }
        var word = text.AsSpan(0, at - 1);
        if (Possessive.Ends(word))
        {
            word = word[..^2];
        }
        return word.EndsWith("egional", StringComparison.Ordinal) || word.EndsWith("egion", StringComparison.Ordinal) || word.EndsWith("blast", StringComparison.Ordinal);
    }

    // The word right after a single space, or nothing ("chief, Oleh" has none).
    private static ReadOnlySpan<char> NextWord(string text, int end)
    {
        if (end >= text.Length || text[end] != ' ')
        {
            return [];
        }
        var k = end + 1;
        while (k < text.Length && char.IsLetter(text[k]))
        {
            k++;
        }
        return text.AsSpan(end + 1, k - end - 1);
    }

    // "Moscow" with the "-installed" written after it, or nothing.
    private static ReadOnlySpan<char> InstalledWord(string text, SourceMention m)
    {
        if (m.End >= text.Length || text[m.End] != '-')
        {
            return [];
        }
        var end = m.End + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return text.AsSpan(m.Start, end - m.Start);
    }

    // "Moscow-installed", "Russian-appointed": the occupier's man, not the region's own administration.
    private static bool Installed(string text, int start)
    {
        var from = Math.Max(0, start - 30);
        foreach (var word in text[from..start].Split([' ', ',', '(', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Installers.Contains(word.Trim('"', '“', '”')))
            {
                return true;
            }
        }
        return false;
    }

    private static string Place(string written)
    {
        var words = written.Split(' ');
        // "The Kharkiv", "Ukraine's Kharkiv": only the last capitalised word is a place when the first is no part of it.
        var last = words[^1];
        var place = words.Length == 2 && (words[0] is "The" or "the" || Possessive.Ends(words[0]))
            ? last
            : written;
        return Spellings.GetValueOrDefault(place, place);
    }

    private static SourceDefinition? Region(string place) =>
        Ukrainian.Contains(place) ? Body($"{place} regional administration", $"{place} Regional Military Administration (Ukraine)", "UA")
        : Russian.Contains(place) ? Body($"{place} regional administration", $"{place} Region administration and governor (Russia)", "RU")
        : null;

    private static SourceDefinition? City(string place) =>
        Russian.Contains(place) || place.Contains('\'') || place.Contains('’') ? null
        : Body($"{place} city military administration", $"{place} City Military Administration (Ukraine)", "UA");

    private static SourceDefinition Body(string name, string fullName, string country)
    {
        if (Bodies.TryGetValue(name, out var known))
        {
            return known;
        }
        var body = new SourceDefinition { Name = name, FullName = fullName, Kind = SourceKind.Government, Country = country };
        return Bodies.Count < MaxCached ? Bodies.GetOrAdd(name, body) : body;
    }

    private static SourceMention Mention(string text, int start, int end, SourceDefinition body) =>
        new(text[start..end], start, end, body);
}
