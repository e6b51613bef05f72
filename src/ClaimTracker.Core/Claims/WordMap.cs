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
/// of the keys folded to lower case, hashed and compared four characters at a time (<see cref="FoldedChunks"/>,
/// branch `speed22`); any other word goes to the frozen dictionary as before.
/// </summary>
/// <remarks>
/// Both answer alike. For ASCII, OrdinalIgnoreCase equates exactly the two cases of a letter, which the fold does; an
/// ASCII word cannot equal a key with a character outside ASCII unless that character folds onto ASCII under
/// OrdinalIgnoreCase (the dotless 'ı' onto 'I'), and a key with such a character keeps the table off altogether.
/// </remarks>
internal sealed class WordMap<TValue>
{
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> lookup;
    // Open addressing, a power of two in size, at most a third full; an empty slot has no key. Null when the table
    // is off.
    private readonly Slot[]? slots;
    private readonly int shift;

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
        var bits = 3;
        while ((1 << bits) < ascii.Length * 3)
        {
            bits++;
        }
        shift = 64 - bits;
        slots = new Slot[1 << bits];
        foreach (var (key, value) in ascii)
        {
            var hash = FoldedChunks.Hash(key, out _);
            var s = (int)(hash >> shift);
            while (slots[s].Key is not null)
            {
                s = (s + 1) & (slots.Length - 1);
            }
            slots[s] = new Slot(FoldedWithCase(key), value, (uint)hash);
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

    // A word the table does not hold may still be a key if it has a character outside ASCII: a key outside ASCII
    // ("Burkinabè"), which only the frozen dictionary holds. The table never answers such a word (a character outside
    // ASCII equals no character of its keys), so it goes on to the dictionary, as before.
    public bool TryGetValue(ReadOnlySpan<char> word, [MaybeNullWhen(false)] out TValue value)
    {
        if (slots is null)
        {
            return lookup.TryGetValue(word, out value);
        }
        var hash = FoldedChunks.Hash(word, out var ascii);
        var mask = slots.Length - 1;
        for (var s = (int)(hash >> shift); ; s = (s + 1) & mask)
        {
            ref readonly var slot = ref slots[s];
            if (slot.Key is null)
            {
                break;
            }
            // The tag first: a key of another hash cannot be the word, and its string is not read (a cache miss on
            // nearly every occupied slot a word passes, the key's characters lying elsewhere on the heap).
            if (slot.Tag == (uint)hash && FoldedChunks.Same(slot.Key, word))
            {
                value = slot.Value;
                return true;
            }
        }
        if (ascii)
        {
            value = default;
            return false;
        }
        return lookup.TryGetValue(word, out value);
    }

    // The key folded to lower case, then for each of its characters 0x20 if a letter and 0 if not: what
    // `FoldedChunks.Same` compares a word against.
    private static string FoldedWithCase(string key) => string.Create(key.Length * 2, key, static (chars, k) =>
    {
        for (var i = 0; i < k.Length; i++)
        {
            var c = k[i];
            var letter = (uint)((c | 0x20) - 'a') <= 'z' - 'a';
            chars[i] = letter ? (char)(c | 0x20) : c;
            chars[k.Length + i] = letter ? (char)0x20 : (char)0;
        }
    });

    // Tag: the low half of the key's hash (the index takes the high bits). Equal words hash alike, so a slot whose tag
    // differs from the word's hash holds another key: the compare is skipped, never an answer changed (branch `speed52`).
    private readonly record struct Slot(string? Key, TValue Value, uint Tag);
}
