using System.Runtime.CompilerServices;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A cheap first look before a case-insensitive word lookup: a table of (length, first letter, last letter) that the
/// vocabulary's words fill. Most words of a text fail it in a few instructions and skip the hash. It only ever says
/// "maybe" for a word the vocabulary could hold: a character outside ASCII (which ordinal case folding may map onto
/// ASCII, as 'ı' onto 'I') always passes. A vocabulary word with such a character at either end ("Burkinabè") needs
/// no slot: only a text word with a character outside ASCII there can equal it, and that passes anyway; unless the
/// character folds onto ASCII, when the sieve lets everything through.
/// </summary>
internal sealed class WordSieve
{
    private const int Lengths = 16;
    // 2 KB a sieve: a hundred-odd word sets are probed for every word, and their tables must stay in the caches
    // (an AngleSharp parse between two articles evicts what is larger).
    private readonly uint[]? lastLetters;
    // The second look, 128 bytes: (second letter, second letter from the end), which turns away most of the common
    // words that pass the first ("said", "they", "that" against a set holding "shot", "tent", "troops").
    private readonly uint[]? innerLetters;

    public WordSieve(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var table = new uint[Lengths * 32];
        var inner = new uint[32];
        var innerOpen = false;
        foreach (var word in words)
        {
            if (word.Length == 0 || FoldsOntoAscii(word[0]) || FoldsOntoAscii(word[^1]))
            {
                return;
            }
            if (word[0] < 128 && word[^1] < 128)
            {
                table[Row(word.Length, word[0])] |= 1U << Fold(word[^1]);
            }
            if (word.Length >= 2)
            {
                innerOpen |= FoldsOntoAscii(word[1]) || FoldsOntoAscii(word[^2]);
                if (word[1] < 128 && word[^2] < 128)
                {
                    inner[Fold(word[1])] |= 1U << Fold(word[^2]);
                }
            }
        }
        lastLetters = table;
        innerLetters = innerOpen ? null : inner;
    }

    // Asked of OrdinalIgnoreCase itself, which folds the dotless 'ı' onto 'I' where ToUpperInvariant does not.
    internal static bool FoldsOntoAscii(char c)
    {
        if (c < 128)
        {
            return false;
        }
        for (var a = (char)0; a < 128; a++)
        {
            if (MemoryExtensions.Equals(new ReadOnlySpan<char>(in c), new ReadOnlySpan<char>(in a), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
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
        return (lastLetters[Row(word.Length, first)] & (1U << Fold(last))) != 0 && MayHaveInnerLetters(word);
    }

    // A one-letter word has no inner letters to look at, and a letter outside ASCII may fold onto any.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayHaveInnerLetters(ReadOnlySpan<char> word)
    {
        if (innerLetters is null || word.Length < 2)
        {
            return true;
        }
        var second = word[1];
        var secondLast = word[^2];
        return second >= 128 || secondLast >= 128 || (innerLetters[Fold(second)] & (1U << Fold(secondLast))) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Row(int length, char first) => ((length < Lengths ? length : Lengths - 1) * 32) + Fold(first);

    // ASCII letters fold to lower case, as OrdinalIgnoreCase compares them ('A' and 'a' both to 1); anything else may
    // share a slot, which only lets a word through to the real lookup.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Fold(char c) => c & 31;
}
