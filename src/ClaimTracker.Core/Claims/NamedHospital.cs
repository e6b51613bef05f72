using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Nasser Hospital in Khan Younis said 22 bodies had been brought in", "Al-Aqsa Martyrs Hospital said it had received 11
/// bodies", "according to Al-Awda Hospital", "Shifa Hospital director … said": a hospital named by its proper name
/// speaks for the dead it receives. Wire copy names dozens of them (Gaza, Sudan, Lebanon), each a few times, so they
/// are read by pattern, as regional administrations are (<see cref="RegionalAdministration"/>), not listed in the
/// registry one by one; the editor approves the proposed source. The canonical name is the proper name and "Hospital",
/// as the gold files write it: "Nasser Medical Complex" is "Nasser Hospital", "in Khan Younis" after it is dropped.
/// The head must be capitalised ("Hospital", "Medical Complex": attribution.json <c>hospitalHeads</c>) and at least one
/// capitalised name word must stand before it once determiners, prepositions, places and possessives are dropped
/// (<c>hospitalNameStops</c>), so "a Gaza hospital", "the hospital" and "Gaza's hospitals" name none. A registry
/// mention inside the name ("Saudi" in "Saudi Hospital") is dropped: the country is not speaking. The hospital is only
/// a mention: whether it speaks for a figure is left to the frames ("the bodies arrived at Nasser Hospital, the
/// ministry said" keeps the ministry). Unit tests: NamedHospitalTests. In <c>ClaimExtractor</c>'s mention chain right after
/// <c>RegionalAdministration</c> (session 39, branch source89: a hospital that says or reports a count is its source, the
/// lead's call; the older golds were aligned). A hospital only named as a place is no mention (<see cref="OnlyAPlace"/>).
/// </summary>
internal static partial class NamedHospital
{
    private const int Window = 60;
    private const int MaxCached = 512;
    private static readonly char[] ParagraphSpace = [' ', '\n', '\r', '\t'];

    private static readonly WordSet Heads = WordLists.Set("hospitalHeads");
    private static readonly WordSet Stops = WordLists.Set("hospitalNameStops");
    private static readonly SearchValues<string> HeadWords = SearchValues.Create([.. Heads.Words], StringComparison.OrdinalIgnoreCase);
    private static readonly WordSet PlaceLeads = WordLists.Set("hospitalPlaceLeads");
    private static readonly WordSet VoiceNouns = WordLists.Set("hospitalVoiceNouns");
    private static readonly WordSet ReportingVerbs = WordLists.Set("hospitalReportingVerbs");
    private static readonly WordSet Determiners = WordLists.Set("hospitalDeterminers");
    private static readonly WordSet Joins = WordLists.Set("hospitalNameJoins");
    private static readonly Dictionary<string, string> Spellings = WordLists.Set("hospitalSpellings").Words
        .Select(w => w.Split('>'))
        .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
    // Ordinal: a case-blind cache would hand every later report the spelling of the first one read in the process.
    private static readonly ConcurrentDictionary<string, SourceDefinition> Bodies = new(StringComparer.Ordinal);

    // Up to four capitalised words ("Al-Aqsa Martyrs", "Rafik Hariri University", "al-Awda") right before the head.
    [GeneratedRegex(@"(?<name>(?:(?:al|el)-)?\p{Lu}[\p{L}'’-]*(?: (?:(?:al|el)-)?\p{Lu}[\p{L}'’-]*){0,3}) $", RegexOptions.CultureInvariant)]
    private static partial Regex NameBefore();

    /// <summary>The mentions with every named hospital added in order, registry mentions inside them dropped; the same list when there is none.</summary>
    public static IReadOnlyList<SourceMention> With(string text, IReadOnlyList<SourceMention> mentions)
    {
        List<SourceMention>? found = null;
        for (var from = 0; from < text.Length && text.AsSpan(from).IndexOfAny(HeadWords) is var next and >= 0; from += next + 1)
        {
            if (Read(text, from + next) is { } mention)
            {
                (found ??= []).Add(mention);
            }
        }
        if (found is null)
        {
            return mentions;
        }
        var merged = mentions.Where(m => !found.Exists(f => m.Start < f.End && f.Start < m.End)).Concat(found).ToList();
        merged.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return merged;
    }

    // The hospital whose head starts at <paramref name="at"/>, or null when the head is not capitalised or no name precedes it.
    private static SourceMention? Read(string text, int at)
    {
        if (!char.IsUpper(text[at]) || (at > 0 && char.IsLetter(text[at - 1])) || HeadAt(text, at) is not { } end)
        {
            return null;
        }
        var from = Math.Max(0, at - Window);
        if (NameBefore().Match(text, from, at - from) is not { Success: true } match)
        {
            return null;
        }
        var words = match.Groups["name"].Value.Split(' ');
        var first = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (Stops.Contains(words[i]) || Possessive.Ends(words[i]))
            {
                first = i + 1;
            }
        }
        if (first == words.Length)
        {
            return null;
        }
        var written = string.Join(' ', words[first..]);
        var start = match.Index + match.Length - 1 - written.Length;
        return OnlyAPlace(text, start) ? null : new SourceMention(text[start..end], start, end, Body(Canonical(words[first..]) + " Hospital"));
    }

    // "taken to Nasser Hospital", "a strike hit the Baptist hospital", "near the Saudi Hospital": the hospital stands as a
    // place and speaks for nothing, so it must not become the carried speaker of later sentences (Unseen2's Civil
    // Defence figure, Unseen40's Sudan Doctors Network figure went to such a hospital); "officials at", "a doctor at",
    // "a medical source at" keep it, since its people speak for it (Unseen30 "officials at Al Aqsa Martyrs Hospital said"),
    // and so does "according to" (the list holds "according": its "to" is no place).
    // After another speaker's saying verb ("It said the Saudi Hospital had received 22") the hospital is what that
    // speaker reports, not a voice of its own; after a comma (", said Nasser Hospital") it is the speaker.
    private static bool OnlyAPlace(string text, int start)
    {
        // Split on every white space, not only spaces: a paragraph that opens "Officials at Nasser Hospital said" has the
        // previous paragraph's last word and a line break before "Officials", which hid the voice noun (branch source90).
        var words = text.AsSpan(Math.Max(0, start - Window), Math.Min(start, Window)).ToString()
            .Split(ParagraphSpace, StringSplitOptions.RemoveEmptyEntries);
        var at = words.Length - 1;
        while (at >= 0 && Determiners.Contains(words[at]))
        {
            at--;
        }
        if (at > 0 && ReportingVerbs.Contains(words[at]) && !words[at - 1].EndsWith(','))
        {
            return true;
        }
        if (at < 0 || !PlaceLeads.Contains(words[at]))
        {
            return false;
        }
        return at == 0 || !VoiceNouns.Contains(words[at - 1].TrimEnd(',', ';'));
    }

    // The gold files' spelling: "Al Awda" and "El Obeid" joined with a hyphen ("Al-Awda"), a lower-case "al-" or "el-"
    // capitalised as a name's first word ("al-Aqsa" is "Al-Aqsa", so one hospital has one name however a report writes
    // it), then hospitalSpellings ("Al-Aqsa" is "Al-Aqsa Martyrs"), as Unseen30 and Unseen44 write them.
    private static string Canonical(string[] words)
    {
        var joined = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var word = Joins.Contains(words[i]) && i + 1 < words.Length ? words[i] + "-" + words[++i] : words[i];
            joined.Add(char.IsLower(word[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word);
        }
        var name = string.Join(' ', joined);
        return Spellings.TryGetValue(name, out var spelled) ? spelled : name;
    }

    // Where the head that starts at <paramref name="at"/> ends, when a whole head of the list stands there.
    private static int? HeadAt(string text, int at)
    {
        foreach (var head in Heads.Words)
        {
            var end = at + head.Length;
            if (text.AsSpan(at).StartsWith(head, StringComparison.OrdinalIgnoreCase) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return end;
            }
        }
        return null;
    }

    private static SourceDefinition Body(string name)
    {
        if (Bodies.TryGetValue(name, out var known))
        {
            return known;
        }
        var body = new SourceDefinition { Name = name, FullName = name, Kind = SourceKind.Other };
        return Bodies.Count < MaxCached ? Bodies.GetOrAdd(name, body) : body;
    }
}
