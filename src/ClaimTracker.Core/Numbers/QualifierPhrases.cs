using System.Collections.Frozen;
using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Numbers;

/// <summary>A qualifier found next to a number: which one, and where its words are.</summary>
internal readonly record struct QualifierMatch(bool Found, Qualifier Qualifier, int Start, int End, string? Word = null);

/// <summary>
/// The hedging words of news reporting, read backwards from a number ("about", "more than", "as many as",
/// "at least", "fewer than", "&lt;=") and forwards after it ("or more", "or fewer"). Longest phrase wins.
/// </summary>
internal static class QualifierPhrases
{
    private static readonly (string[] Tokens, Qualifier Qualifier)[] Prefixes = BuildPrefixes();

    // Phrases grouped by their last word, so a number whose previous word ends no phrase costs one lookup.
    private static readonly FrozenDictionary<string, (string[] Tokens, Qualifier Qualifier)[]> ByLastToken =
        Prefixes.GroupBy(p => p.Tokens[^1], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

    private static readonly Claims.WordMap<(string[] Tokens, Qualifier Qualifier)[]> ByLastTokenLookup = new(ByLastToken);

    private static (string[], Qualifier)[] BuildPrefixes()
    {
        var list = new List<(string[], Qualifier)>();
        void Add(Qualifier q, params string[] phrases)
        {
            foreach (var phrase in phrases)
            {
                list.Add((phrase.Split(' '), q));
            }
        }
        Add(Qualifier.Approximately, "about", "around", "approximately", "approx", "an estimated", "estimated", "some", "roughly",
            "nearly", "almost", "close to", "circa", "an approximate", "approximate", "just about", "around about", "ca", "an average of", "estimated at");
        Add(Qualifier.MoreThan, "over", "more than", "upwards of", "upward of", "in excess of", "greater than", "larger than", "bigger than",
            "higher than", "above", "exceeding", "exceed", "exceeds", "exceeded", "surpass", "surpassing", "surpassed", "surpasses",
            "well over", "just over", "well above", "just above", "past", "passed", "topped", "tops", "topping", "slightly more than", "a little over", "a little more than", "well in excess of", ">");
        Add(Qualifier.AtLeast, "at least", "no fewer than", "not fewer than", "no less than", "not less than", "a minimum of", "at a minimum",
            "at the very least", "greater than or equal to", "more than or equal to", "higher than or equal to", "larger than or equal to",
            "bigger than or equal to", "greater or equal than", "higher or equal than", "bigger or equal than", "larger or equal than",
            "more or equal than", "greater or equal to", "higher or equal to", "equal to or more than", "equal to or greater than",
            "equal to or higher than", "equal to or larger than", "at least or equal to", "> =", "as few as");
        Add(Qualifier.UpTo, "as many as", "up to", "at most", "no more than", "not more than", "a maximum of", "at the most", "as much as",
            "as high as", "less than or equal to", "fewer than or equal to", "lower than or equal to", "smaller than or equal to",
            "less or equal than", "smaller or equal than", "lower or equal than", "less or equal to", "smaller or equal to",
            "equal to or less than", "equal to or fewer than", "equal to or lower than", "equal to or smaller than", "< =");
        Add(Qualifier.LessThan, "fewer than", "less than", "under", "below", "smaller than", "lower than", "just under", "just below",
            "well under", "well below", "short of", "just shy of", "a little under", "a little less than", "a little fewer than",
            "slightly under", "slightly less than", "slightly fewer than", "<");
        Add(Qualifier.Exact, "exactly", "precisely", "equal to", "equals", "equals to", "equaling", "equaling to", "equalling",
            "equalling to", "an additional", "a further", "an extra", "another");
        // Longest first, so "no more than" wins over "more than" and "less than or equal to" over "equal to".
        return [.. list.OrderByDescending(p => p.Item1.Length)];
    }

    private static bool IsSymbol(char c) => c is '<' or '>' or '=';

    /// <summary>The token (word or &lt; &gt; = symbol) that ends right before <paramref name="pos"/>, on the same line.</summary>
    private static bool PrevToken(string s, int pos, out int start, out int end)
    {
        var p = pos;
        while (p > 0 && NumberScanner.IsInlineSpace(s[p - 1]))
        {
            p--;
        }
        start = end = p;
        if (p == 0)
        {
            return false;
        }
        var c = s[p - 1];
        if (char.IsLetter(c))
        {
            var q = p;
            while (q > 0 && char.IsLetter(s[q - 1]))
            {
                q--;
            }
            start = q;
            return true;
        }
        if (IsSymbol(c))
        {
            start = p - 1;
            return true;
        }
        return false;
    }

    internal static (int Start, int End) NextWord(string s, int pos)
    {
        var p = pos;
        while (p < s.Length && NumberScanner.IsInlineSpace(s[p]))
        {
            p++;
        }
        var b = p;
        while (p < s.Length && char.IsLetter(s[p]))
        {
            p++;
        }
        return (b, p);
    }

    /// <summary>The qualifier phrase ending right before a number; for an ordinal, "the" may sit between ("higher than the tenth").</summary>
    internal static QualifierMatch Before(string s, int pos, bool ordinal)
    {
        if (ordinal && PrevToken(s, pos, out var ts, out var te) && s.AsSpan(ts, te - ts).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            pos = ts;
        }
        if (!PrevToken(s, pos, out var ls, out var le) || !ByLastTokenLookup.TryGetValue(s.AsSpan(ls, le - ls), out var candidates))
        {
            return default;
        }
        foreach (var (tokens, qualifier) in candidates)
        {
            var p = pos;
            var start = pos;
            var ok = true;
            for (var k = tokens.Length - 1; k >= 0; k--)
            {
                if (!PrevToken(s, p, out var b, out var e) || !s.AsSpan(b, e - b).Equals(tokens[k], StringComparison.OrdinalIgnoreCase))
                {
                    ok = false;
                    break;
                }
                start = b;
                p = b;
            }
            if (!ok)
            {
                continue;
            }
            if (IsSymbol(tokens[0][0]) && start > 0 && PrevToken(s, start, out var ob, out _) && IsSymbol(s[ob]))
            {
                // "=>30", "<>30": not a comparison we know.
                return default;
            }
            var end = pos;
            while (end > start && NumberScanner.IsInlineSpace(s[end - 1]))
            {
                end--;
            }
            return new QualifierMatch(true, qualifier, start, end);
        }
        return default;
    }

    /// <summary>"between" or "from" right before a number (or before "the" + an ordinal).</summary>
    internal static QualifierMatch RangeWordBefore(string s, int pos, bool ordinal)
    {
        if (!PrevToken(s, pos, out var b, out var e))
        {
            return default;
        }
        if (ordinal && s.AsSpan(b, e - b).Equals("the", StringComparison.OrdinalIgnoreCase) && !PrevToken(s, b, out b, out e))
        {
            return default;
        }
        var w = s.AsSpan(b, e - b);
        if (w.Equals("between", StringComparison.OrdinalIgnoreCase))
        {
            return new QualifierMatch(true, Qualifier.Range, b, e, "between");
        }
        if (w.Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            return new QualifierMatch(true, Qualifier.Range, b, e, "from");
        }
        return default;
    }

    private enum PostKind
    {
        More,
        Less,
        Equal,
    }

    /// <summary>Words after a number that bound it: "or more", "and above", "or fewer", "or equal to", "+".</summary>
    internal static QualifierMatch After(string s, int pos)
    {
        if (pos < s.Length && s[pos] == '+' && (pos + 1 == s.Length || !char.IsLetterOrDigit(s[pos + 1])))
        {
            return new QualifierMatch(true, Qualifier.AtLeast, pos, pos + 1);
        }
        if (pos + 5 <= s.Length && s[pos] == '-' && s.AsSpan(pos + 1, 4).Equals("plus", StringComparison.OrdinalIgnoreCase)
            && (pos + 5 == s.Length || !char.IsLetter(s[pos + 5])))
        {
            return new QualifierMatch(true, Qualifier.AtLeast, pos, pos + 5);
        }
        var (cb, ce) = NextWord(s, pos);
        var conj = s.AsSpan(cb, ce - cb);
        var isOr = conj.Equals("or", StringComparison.OrdinalIgnoreCase);
        if (!isOr && !conj.Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return default;
        }
        var (wb, we) = NextWord(s, ce);
        var word = s.AsSpan(wb, we - wb);
        if (isOr && word.Equals("so", StringComparison.OrdinalIgnoreCase))
        {
            return new QualifierMatch(true, Qualifier.Approximately, cb, we);
        }
        PostKind kind;
        if (Any(word, "more", "greater", "above", "higher", "over", "larger", "bigger"))
        {
            kind = PostKind.More;
        }
        else if (Any(word, "less", "fewer", "below", "lower", "under", "smaller"))
        {
            kind = PostKind.Less;
        }
        else if (isOr && word.Equals("equal", StringComparison.OrdinalIgnoreCase))
        {
            kind = PostKind.Equal;
        }
        else
        {
            return default;
        }
        var end = we;
        var (tb, te) = NextWord(s, we);
        var tail = s.AsSpan(tb, te - tb);
        if ((kind != PostKind.Equal && tail.Equals("than", StringComparison.OrdinalIgnoreCase))
            || (kind == PostKind.Equal && tail.Equals("to", StringComparison.OrdinalIgnoreCase)))
        {
            end = te;
        }
        if (NumberFollows(s, end))
        {
            return default;
        }
        var q = kind switch
        {
            PostKind.More => Qualifier.AtLeast,
            PostKind.Less => Qualifier.UpTo,
            _ => Qualifier.Exact,
        };
        return new QualifierMatch(true, q, cb, end, kind.ToString());
    }

    private static bool Any(ReadOnlySpan<char> word, params ReadOnlySpan<string> options)
    {
        foreach (var o in options)
        {
            if (word.Equals(o, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NumberFollows(string s, int pos)
    {
        var p = pos;
        while (p < s.Length && NumberScanner.IsInlineSpace(s[p]))
        {
            p++;
        }
        if (p >= s.Length)
        {
            return false;
        }
        if (DigitNumber.IsDigit(s[p]) || (s[p] is '-' or '.' && p + 1 < s.Length && DigitNumber.IsDigit(s[p + 1])))
        {
            return true;
        }
        var (b, e) = NextWord(s, p);
        return e > b && NumberWord.TryGet(s.AsSpan(b, e - b), out var w) && w.Class is WordClass.Unit or WordClass.Teen or WordClass.Tens
            or WordClass.Article or WordClass.Minus or WordClass.Half;
    }

    /// <summary>The qualifier that a prefix and a trailing phrase make together, or null when the trailing words don't apply.</summary>
    internal static Qualifier? Combine(QualifierMatch prefix, Qualifier post)
    {
        var pre = prefix.Found ? prefix.Qualifier : Qualifier.Exact;
        return (pre, post) switch
        {
            (Qualifier.Exact or Qualifier.Approximately, Qualifier.AtLeast or Qualifier.UpTo) => post,
            (Qualifier.MoreThan, Qualifier.Exact) => Qualifier.AtLeast,
            (Qualifier.LessThan, Qualifier.Exact) => Qualifier.UpTo,
            _ => null,
        };
    }
}
