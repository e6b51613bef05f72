namespace ClaimTracker.Core.Claims;

/// <summary>A word ("troops", "10,000", "U.S.") or one punctuation mark, by its offsets in the article text.</summary>
internal readonly record struct Token(int Start, int End, bool IsWord)
{
    public int Length => End - Start;

    /// <summary>
    /// The word takes in dots or commas ("10,000", "1.5", "U.S."), so it is not one run of letters and digits: the alias
    /// scan reads such a word's parts itself and passes the others as they are, without looking at their characters.
    /// </summary>
    public bool Joined { get; init; }

    /// <summary>Splits text[start..end] into words and punctuation marks, into <paramref name="into"/> (cleared first).</summary>
    public static void Split(string text, int start, int end, List<Token> into)
    {
        into.Clear();
        SplitOnto(text, start, end, into);
    }

    /// <summary>As <see cref="Split"/>, but adds the tokens after those <paramref name="into"/> holds.</summary>
    public static void SplitOnto(string text, int start, int end, List<Token> into)
    {
        // Sized once, from a token every four characters or fewer: grown from empty by doubling, a whole text's list
        // allocated about twice its final size on the way.
        into.EnsureCapacity(into.Count + (Math.Max(0, end - start) / 4));
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                into.Add(new Token(i, i + 1, false));
                i++;
                continue;
            }
            var j = i;
            var joined = false;
            while (j < end)
            {
                var d = text[j];
                if (char.IsLetterOrDigit(d))
                {
                    j++;
                }
                // "10,000" and "1.5" stay one word, as do initialisms ("U.S.").
                else if ((d == ',' || d == '.') && j + 1 < end && char.IsDigit(text[j + 1]) && char.IsDigit(text[j - 1]))
                {
                    j++;
                    joined = true;
                }
                else if (d == '.' && j + 2 < end && char.IsLetter(text[j + 1]) && text[j + 2] == '.' && IsInitialAt(text, i, j))
                {
                    j++;
                    joined = true;
                }
                else
                {
                    break;
                }
            }
            if (j < end && text[j] == '.' && j - i >= 3 && IsInitialAt(text, i, j))
            {
                j++;
                joined = true;
            }
            into.Add(new Token(i, j, true) { Joined = joined });
            i = j;
        }
    }

    // text[from..to] is "U" or "U.S" — single letters joined by dots.
    private static bool IsInitialAt(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var letterSlot = (k - from) % 2 == 0;
            if (letterSlot ? !char.IsLetter(text[k]) : text[k] != '.')
            {
                return false;
            }
        }
        return (to - from) % 2 == 1;
    }
}
