using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// The hash and the compare of <see cref="WordMap{TValue}"/>, four characters at a time (a word's characters read as
/// one 64-bit number), not one: the word sets' look-ups were the largest exclusive item of the extractor after the
/// alias scan (branch `speed19`'s profile, 4.6 %), most of it the hash's walk of one multiply a character. A word of
/// four to eight characters, nearly every word asked, is two reads; a shorter one is one.
/// </summary>
/// <remarks>
/// The hash ORs 0x20 into every character, so two words equal under the fold of ASCII letters hash alike (the two
/// cases of a letter differ only in that bit); that it also joins '[' and '{' costs only a compare. The compare is
/// exact: a key's character that is a letter is met by either case of it, any other only by itself; a character
/// outside ASCII meets none.
/// </remarks>
internal static class FoldedChunks
{
    private const ulong Case = 0x0020_0020_0020_0020UL;
    private const ulong OutsideAscii = 0xFF80_FF80_FF80_FF80UL;
    private const ulong Multiplier = 0x9E37_79B9_7F4A_7C15UL;

    /// <summary>A hash whose high bits are well mixed, equal for words equal under the fold; and whether the word is ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Hash(ReadOnlySpan<char> word, out bool ascii)
    {
        ref var start = ref MemoryMarshal.GetReference(word);
        var length = word.Length;
        var h = (ulong)length * Multiplier;
        ulong all;
        if (length < 4)
        {
            all = Short(ref start, length);
            h = (h ^ (all | Case)) * Multiplier;
        }
        else
        {
            all = 0;
            for (var i = 0; i < length - 4; i += 4)
            {
                var chunk = Four(ref start, i);
                all |= chunk;
                h = (h ^ (chunk | Case)) * Multiplier;
            }
            var last = Four(ref start, length - 4);
            all |= last;
            h = (h ^ (last | Case)) * Multiplier;
        }
        ascii = (all & OutsideAscii) == 0;
        return h ^ (h >> 29);
    }

    /// <summary>
    /// Whether the word equals the key under OrdinalIgnoreCase, given the key as its characters folded to lower case
    /// followed by a case mask (0x20 for each letter, 0 for anything else).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Same(string foldedWithCase, ReadOnlySpan<char> word)
    {
        var length = word.Length;
        if (foldedWithCase.Length != length * 2)
        {
            return false;
        }
        ref var key = ref MemoryMarshal.GetReference(foldedWithCase.AsSpan());
        ref var w = ref MemoryMarshal.GetReference(word);
        if (length < 4)
        {
            return (Short(ref w, length) | Short(ref Unsafe.Add(ref key, length), length)) == Short(ref key, length);
        }
        for (var i = 0; i < length - 4; i += 4)
        {
            if ((Four(ref w, i) | Four(ref key, length + i)) != Four(ref key, i))
            {
                return false;
            }
        }
        return (Four(ref w, length - 4) | Four(ref key, length + length - 4)) == Four(ref key, length - 4);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Four(ref char start, int at) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref start, at)));

    // Up to three characters, one to a 16-bit lane; lanes past the word are 0.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Short(ref char start, int length) => length switch
    {
        0 => 0,
        1 => start,
        2 => Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref start)),
        _ => Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref start)) | ((ulong)Unsafe.Add(ref start, 2) << 32),
    };
}
