using System.Runtime.CompilerServices;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A cheap first look before a case-insensitive word lookup: a table of (length, first letter, last letter) that the
/// vocabulary's words fill. Most words of a text fail it in a few instructions and skip the hash. It only ever says
/// "maybe" for a word the vocabulary could hold: a character outside ASCII (which ordinal case folding may map onto
/// ASCII, as 'ı' onto 'I') always passes, and a vocabulary with such a word at either end lets everything through.
/// </summary>
internal sealed class WordSieve
{
    private const int Lengths = 16;
    // 2 KB a sieve: a hundred-odd word sets are probed for every word, and their tables must stay in the caches
    // (an AngleSharp parse between two articles evicts what is larger).
    private readonly uint[]? lastLetters;

    public WordSieve(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var table = new uint[Lengths * 32];
        foreach (var word in words)
        {
            if (word.Length == 0 || word[0] >= 128 || word[^1] >= 128)
            {
                return;
            }
            table[Row(word.Length, word[0])] |= 1U << Fold(word[^1]);
        }
        lastLetters = table;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (lastLetters is null)
        {
            return true;
        }
        if (word.Length == 0)
        {
            return false;
        }
        var first = word[0];
        var last = word[^1];
        if (first >= 128 || last >= 128)
        {
            return true;
        }
        return (lastLetters[Row(word.Length, first)] & (1U << Fold(last))) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Row(int length, char first) => ((length < Lengths ? length : Lengths - 1) * 32) + Fold(first);

    // ASCII letters fold to lower case, as OrdinalIgnoreCase compares them ('A' and 'a' both to 1); anything else may
    // share a slot, which only lets a word through to the real lookup.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Fold(char c) => c & 31;
}
