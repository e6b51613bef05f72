using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A case-insensitive (<see cref="StringComparer.OrdinalIgnoreCase"/>) map from words to values that answers for
/// spans of the text without allocating. The word lists are asked about nearly every word of an article, and the
/// frozen dictionary's case-insensitive hash and compare were about a tenth of the extractor (branch `speed5`): a word
/// of ASCII characters only, nearly every word of an English report, is looked up instead in an open-addressing table
/// of the keys folded to lower case; any other word goes to the frozen dictionary as before.
/// </summary>
/// <remarks>
/// Both answer alike. For ASCII, OrdinalIgnoreCase equates exactly the two cases of a letter, which the fold does; an
/// ASCII word cannot equal a key with a character outside ASCII unless that character folds onto ASCII under
/// OrdinalIgnoreCase (the dotless 'ı' onto 'I'), and a key with such a character keeps the table off altogether.
/// </remarks>
internal sealed class WordMap<TValue>
{
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> lookup;
    // Index + 1 into keys and values; 0 is an empty slot. Null when the table is off.
    private readonly int[]? slots;
    private readonly string[] keys = [];
    private readonly TValue[] values = [];
    private readonly int mask;

    public WordMap(FrozenDictionary<string, TValue> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!ReferenceEquals(words.Comparer, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException("The words must be keyed case-insensitively (OrdinalIgnoreCase).", nameof(words));
        }
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (words.Keys.Any(k => k.Any(WordSieve.FoldsOntoAscii)))
        {
            return;
        }
        var ascii = words.Where(p => Ascii.IsValid(p.Key)).ToArray();
        keys = [.. ascii.Select(p => Folded(p.Key))];
        values = [.. ascii.Select(p => p.Value)];
        var size = 8;
        while (size < ascii.Length * 3)
        {
            size *= 2;
        }
        mask = size - 1;
        slots = new int[size];
        for (var k = 0; k < keys.Length; k++)
        {
            var s = Hash(keys[k]) & mask;
            while (slots[s] != 0)
            {
                s = (s + 1) & mask;
            }
            slots[s] = k + 1;
        }
    }

    /// <summary>Every word to the same value: a set (<see cref="WordSet"/>), where the words may repeat in other cases.</summary>
    public static WordMap<TValue> Of(IEnumerable<string> words, TValue value)
    {
        var d = new Dictionary<string, TValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in words)
        {
            d[w] = value;
        }
        return new WordMap<TValue>(d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    public bool ContainsKey(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    public bool TryGetValue(ReadOnlySpan<char> word, [MaybeNullWhen(false)] out TValue value)
    {
        if (slots is null || !TryHashAscii(word, out var hash))
        {
            return lookup.TryGetValue(word, out value);
        }
        for (var s = hash & mask; ; s = (s + 1) & mask)
        {
            var k = slots[s];
            if (k == 0)
            {
                value = default;
                return false;
            }
            if (SameFolded(keys[k - 1], word))
            {
                value = values[k - 1];
                return true;
            }
        }
    }

    private static string Folded(string key) => string.Create(key.Length, key, static (chars, k) =>
    {
        for (var i = 0; i < k.Length; i++)
        {
            chars[i] = Fold(k[i]);
        }
    });

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Fold(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;

    // The keys are ASCII (the table holds no other), so the test's answer is not needed here.
    private static int Hash(string key)
    {
        TryHashAscii(key, out var hash);
        return hash;
    }

    // The ASCII test rides on the hash's walk over the word: one pass over its characters per look-up, not two
    // (`Ascii.IsValid` then the hash; the look-ups are a twentieth of the extractor).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryHashAscii(ReadOnlySpan<char> word, out int hash)
    {
        var h = 2166136261u;
        var all = 0;
        foreach (var c in word)
        {
            all |= c;
            h = (h ^ Fold(c)) * 16777619u;
        }
        hash = (int)(h ^ (h >> 15));
        return all < 128;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameFolded(string key, ReadOnlySpan<char> word)
    {
        if (key.Length != word.Length)
        {
            return false;
        }
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != Fold(word[i]))
            {
                return false;
            }
        }
        return true;
    }
}
