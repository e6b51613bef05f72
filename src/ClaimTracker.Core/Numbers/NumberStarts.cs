using System.Buffers;

namespace ClaimTracker.Core.Numbers;

/// <summary>
/// The characters no number can start at: ASCII spaces and punctuation (a minus sign and a leading point aside) and the
/// ASCII letters no number word begins with. <see cref="NumberScanner.Scan"/> jumps over runs of them in one vectorised
/// search instead of stepping through each and looking up every word. A letter it lands on inside a word starts nothing
/// (a number word must open its word), so where in a skipped word it stops cannot change what it finds.
/// </summary>
/// <remarks>
/// Derived from the number vocabulary, not listed: a word added there widens the initials by itself. Only ASCII is
/// skipped, since ordinal case folding may map a character outside it onto a letter a number word starts with ("ſeven").
/// </remarks>
internal static class NumberStarts
{
    /// <summary>Characters at which nothing starts a number.</summary>
    internal static readonly SearchValues<char> Inert = SearchValues.Create(InertCharacters(NumberWord.Initials()));

    internal static string InertCharacters(IReadOnlySet<char> initials)
    {
        var inert = new List<char>();
        for (var c = (char)0; c < 128; c++)
        {
            var starts = char.IsAsciiDigit(c) || c is '-' or '.' || (char.IsAsciiLetter(c) && initials.Contains(char.ToLowerInvariant(c)));
            if (!starts)
            {
                inert.Add(c);
            }
        }
        return new string([.. inert]);
    }
}
