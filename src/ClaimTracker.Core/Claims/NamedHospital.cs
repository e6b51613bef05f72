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
/// ministry said" keeps the ministry). Unit tests: NamedHospitalTests. Not yet in <c>ClaimExtractor</c>'s mention chain
/// (session 39, branch source87): wired after <c>RegionalAdministration</c> it lifts Unseen26/28/29/33, whose golds
/// name the hospital, and lowers Unseen2/6/9/18, whose golds give the same construction no source; the lead settles
/// the convention first (docs/extraction.md, branch source87).
/// </summary>
internal static partial class NamedHospital
{
    private const int Window = 60;
    private const int MaxCached = 512;

    private static readonly WordSet Heads = WordLists.Set("hospitalHeads");
    private static readonly WordSet Stops = WordLists.Set("hospitalNameStops");
    private static readonly SearchValues<string> HeadWords = SearchValues.Create([.. Heads.Words], StringComparison.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<string, SourceDefinition> Bodies = new(StringComparer.OrdinalIgnoreCase);

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
            if (Stops.Contains(words[i]) || words[i].EndsWith("'s", StringComparison.Ordinal) || words[i].EndsWith("’s", StringComparison.Ordinal))
            {
                first = i + 1;
            }
        }
        if (first == words.Length)
        {
            return null;
        }
        var name = string.Join(' ', words[first..]);
        var start = match.Index + match.Length - 1 - name.Length;
        return new SourceMention(text[start..end], start, end, Body(name + " Hospital"));
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
