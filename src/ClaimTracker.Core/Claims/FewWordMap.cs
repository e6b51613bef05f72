using System.Diagnostics.CodeAnalysis;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A case-insensitive (<see cref="StringComparer.OrdinalIgnoreCase"/>) map of a handful of words, asked by walking
/// them. Inside the alias trie (<see cref="Sources.AliasTrie"/>) nine lookups in ten past the first word of an alias are
/// at a node with at most eight children ("Wall" → "Street", "The" → "Kyiv", "New", "Wall", "Washington", "White"):
/// there a length test turns away most keys before any character is read, where <see cref="WordMap{TValue}"/> hashes
/// every character of the word first (branch `speed7`: the trie's child lookups were ~5 % of the extractor).
/// </summary>
/// <remarks>
/// The answer is the same as a dictionary keyed by OrdinalIgnoreCase: the equality is that comparer's own, and two
/// keys equal under it cannot both be held, so the order of the walk cannot choose between them.
/// </remarks>
internal sealed class FewWordMap<TValue>
{
    /// <summary>The most words a map holds: past it a hash look-up costs less than the walk.</summary>
    public const int MaxWords = 8;

    private readonly string[] keys;
    private readonly TValue[] values;

    public FewWordMap(IReadOnlyDictionary<string, TValue> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count > MaxWords)
        {
            throw new ArgumentException($"At most {MaxWords} words.", nameof(words));
        }
        var distinct = new HashSet<string>(words.Keys, StringComparer.OrdinalIgnoreCase);
        if (distinct.Count != words.Count)
        {
            throw new ArgumentException("Two words are the same but for case.", nameof(words));
        }
        keys = [.. words.Keys];
        values = [.. keys.Select(k => words[k])];
    }

    public bool TryGetValue(ReadOnlySpan<char> word, [MaybeNullWhen(false)] out TValue value)
    {
        for (var k = 0; k < keys.Length; k++)
        {
            var key = keys[k];
            if (key.Length == word.Length && word.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                value = values[k];
                return true;
            }
        }
        value = default;
        return false;
    }
}
