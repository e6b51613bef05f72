using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// <see cref="AnaphorFit.Names"/> asked once an article for each anaphor's words and source. The resolver's walks back
/// over the mentions (the last body a country's "the army" names, the last that fits, the sentences just before) ask it
/// again for every mention of the same body and again at every later "the ministry said", and each answer reads the
/// source's name and every alias word by word (1.4 % of the extractor's CPU, issue 10 deliver 4). The answer depends
/// on the words and the source only (the word lists are fixed, a source is immutable), so a kept one is the same.
/// An answer is also kept for later articles, by source (<see cref="Shared"/>): the same few anaphors ("the ministry",
/// "the army") meet the registry's same bodies in article after article, and working each out once an article was
/// still 1.3 % of the extractor on the bench's corpus (branch `speed29`).
/// </summary>
internal sealed class AnaphorNames
{
    // Most words kept for one source: a source is named by a handful of anaphors; a text that makes up more is answered
    // as before, once an article.
    internal const int MaxSharedPerSource = 256;

    // Keyed by the source object, weakly: a body an article made up (an introduced acronym, a regional administration)
    // goes with its last reader, and the registry's stay as long as it does.
    private static readonly ConditionalWeakTable<SourceDefinition, ConcurrentDictionary<string, bool>> Shared = [];

    private readonly Dictionary<Key, bool> known = [];

    /// <summary>Whether <paramref name="source"/> calls itself by the head noun of <paramref name="attributorText"/>.</summary>
    public bool Names(string attributorText, SourceDefinition source)
    {
        var key = new Key(attributorText, source);
        if (!known.TryGetValue(key, out var names))
        {
            names = SharedAnswer(attributorText, source);
            known[key] = names;
        }
        return names;
    }

    private static bool SharedAnswer(string attributorText, SourceDefinition source)
    {
        var bySource = Shared.GetValue(source, static _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));
        if (bySource.TryGetValue(attributorText, out var names))
        {
            return names;
        }
        names = AnaphorFit.Names(attributorText, source);
        if (bySource.Count < MaxSharedPerSource)
        {
            bySource.TryAdd(attributorText, names);
        }
        return names;
    }

    // The words by value, the source by reference: a record's own equality would hash every alias on each lookup.
    private readonly record struct Key(string Text, SourceDefinition Source)
    {
        public bool Equals(Key other) => string.Equals(Text, other.Text, StringComparison.Ordinal) && ReferenceEquals(Source, other.Source);

        public override int GetHashCode() => HashCode.Combine(Text.GetHashCode(StringComparison.Ordinal), RuntimeHelpers.GetHashCode(Source));
    }
}
