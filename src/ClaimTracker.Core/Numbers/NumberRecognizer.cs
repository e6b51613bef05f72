using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Numbers;

/// <summary>
/// Finds numbers in English text: digits, words, fractions, ranges, vague magnitudes, with their qualifiers.
/// One pass reads single numbers (<see cref="NumberScanner"/>); a second, over the few numbers found,
/// joins ranges ("10,000-12,000", "between 10 and 12", "from 10 to 12") and reads the qualifier words
/// right before ("about", "more than", "up to") and after ("or more") each one.
/// </summary>
/// <remarks>
/// Follows Microsoft Recognizers-Text's English number specs: ordinals on their own ("11th", "the third")
/// and numbers glued to a unit ("180ml", "29km") are not reported; years, money and percentages are,
/// with <see cref="NumberMention.Traits"/> saying what they are.
/// </remarks>
public static class NumberRecognizer
{
    public static IReadOnlyList<NumberMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var atoms = NumberScanner.Scan(text);
        var found = new List<NumberMention>(atoms.Count);
        for (var k = 0; k < atoms.Count; k++)
        {
            var a = atoms[k];
            var b = k + 1 < atoms.Count ? atoms[k + 1] : null;
            if (b != null && !a.Vague && !b.Vague && TryRange(text, a, b, out var range))
            {
                found.Add(Tidy(range));
                k++;
                continue;
            }
            var q = QualifierPhrases.Before(text, a.Start, a.Ordinal);
            if (b != null && q.Found && !a.Vague && !b.Vague && TryComparisonRange(text, a, q, b, out var compound))
            {
                found.Add(Tidy(compound));
                k++;
                continue;
            }
            if (a.Ordinal && !q.Found)
            {
                continue;
            }
            found.Add(Tidy(a.Vague ? Vague(text, a) : Single(text, a, q)));
        }
        return found;
    }

    // "8.2 million" is 8.2 × 10⁶ in binary floating point, 8199999.999999999: a figure that misses its gold row
    // and prints oddly. A people count a hair off a whole number is that whole number.
    private static NumberMention Tidy(NumberMention m)
    {
        if (IsTidy(m.Value) && IsTidy(m.Low) && IsTidy(m.High))
        {
            return m;
        }
        return m with { Value = Tidied(m.Value), Low = Tidied(m.Low), High = Tidied(m.High) };
    }

    private static bool IsTidy(double? v) => Tidied(v) == v;

    private static double? Tidied(double? v)
    {
        if (v is not { } x || Math.Abs(x) < 1 || Math.Abs(x) >= 1e15)
        {
            return v;
        }
        var whole = Math.Round(x);
        return whole != x && Math.Abs(x - whole) < 1e-9 * Math.Abs(x) ? whole : x;
    }

    private static NumberMention Bound(string text, NumberAtom a, double value) => new()
    {
        Text = text[a.Start..a.End],
        Start = a.Start,
        End = a.End,
        MentionStart = a.Start,
        MentionEnd = a.End,
        Value = value,
        Kind = NumberKind.Value,
        IsWords = a.Words,
        Traits = NumberContext.Of(text, a),
    };

    private static NumberMention Vague(string text, NumberAtom a)
    {
        var end = a.End;
        var (mb, me) = QualifierPhrases.NextWord(text, end);
        if (me > mb && text.AsSpan(mb, me - mb).Equals("more", StringComparison.OrdinalIgnoreCase))
        {
            end = me;
        }
        return new NumberMention
        {
            Text = text[a.Start..a.End],
            Start = a.Start,
            End = a.End,
            MentionStart = a.Start,
            MentionEnd = end,
            MentionText = text[a.Start..end],
            Low = a.Value,
            Kind = NumberKind.Vague,
            Qualifier = Qualifier.Vague,
            IsWords = true,
            Traits = NumberContext.Of(text, a),
        };
    }

    private static NumberMention Single(string text, NumberAtom a, QualifierMatch q)
    {
        var post = QualifierPhrases.After(text, a.End);
        var qualifier = q.Found ? q.Qualifier : Qualifier.Exact;
        var mentionStart = q.Found ? q.Start : a.Start;
        var mentionEnd = a.End;
        if (post.Found && post.Qualifier == Qualifier.Approximately)
        {
            // "a dozen or so"
            if (!q.Found || q.Qualifier is Qualifier.Exact or Qualifier.Approximately)
            {
                qualifier = Qualifier.Approximately;
                mentionEnd = post.End;
            }
        }
        else if (post.Found)
        {
            var combined = QualifierPhrases.Combine(q, post.Qualifier);
            if (combined is { } c)
            {
                if (q.Found && q.Qualifier == Qualifier.Approximately)
                {
                    // "about five hundred or more": the trailing words decide; the hedge is dropped.
                    mentionStart = a.Start;
                    q = default;
                }
                qualifier = c;
                mentionEnd = post.End;
            }
        }
        var v = a.Value;
        return new NumberMention
        {
            Text = text[a.Start..a.End],
            Start = a.Start,
            End = a.End,
            MentionStart = mentionStart,
            MentionEnd = mentionEnd,
            MentionText = text[mentionStart..mentionEnd],
            Value = v,
            Low = qualifier is Qualifier.MoreThan or Qualifier.AtLeast ? v : null,
            High = qualifier is Qualifier.UpTo or Qualifier.LessThan ? v : null,
            Kind = NumberKind.Value,
            Qualifier = qualifier,
            QualifierText = q.Found ? text[q.Start..q.End] : null,
            QualifierStart = q.Found ? q.Start : -1,
            IsWords = a.Words,
            Traits = NumberContext.Of(text, a),
        };
    }

    private static bool IsDash(ReadOnlySpan<char> between) => between is "-" or "–" or "‐" or "‑" or "~" or "—";

    /// <summary>"10,000-12,000", "10 to 12 million", "between 10 and 12", "from 10 to 12", "20 through 100", "20~100".</summary>
    private static bool TryRange(string text, NumberAtom a, NumberAtom b, out NumberMention range)
    {
        range = null!;
        var between = text.AsSpan(a.End, b.Start - a.End).Trim();
        var pre = QualifierPhrases.RangeWordBefore(text, a.Start, a.Ordinal);
        var isAnd = between.Equals("and", StringComparison.OrdinalIgnoreCase) || between.Equals("and the", StringComparison.OrdinalIgnoreCase);
        var isTo = between.Equals("to", StringComparison.OrdinalIgnoreCase);
        var dash = IsDash(between) && !between.SequenceEqual("—");
        var through = between.Equals("through", StringComparison.OrdinalIgnoreCase) || between.Equals("thru", StringComparison.OrdinalIgnoreCase);
        // "two or three", "10 or 12": alternatives this close are how reporters give a range.
        var isOr = between.Equals("or", StringComparison.OrdinalIgnoreCase) && a.Words == b.Words && !a.Fraction && !b.Fraction
            && a.Value > 0 && b.Value <= 10 * a.Value;
        var ok = (isAnd && pre.Word == "between") || isTo || dash || through || isOr;
        if (!ok || (a.Ordinal || b.Ordinal) && pre.Word != "between")
        {
            return false;
        }
        if (a.Ordinal != b.Ordinal)
        {
            return false;
        }
        if (isTo && pre.Word != "from" && b.Value > 31 && (NumberContext.Of(text, a) & NumberTraits.Date) != 0)
        {
            // "killed since October 27 to 146": a day of the month ends a date, and "to" then governs the count.
            return false;
        }
        if (dash && (Chained(text, a.Start, b.End) || between.Length == 0))
        {
            return false;
        }
        if (dash && b.Start > 0 && text[b.Start] is '-' or '\u2212')
        {
            return false;
        }
        if (dash && DashAfterADate(text, a, b))
        {
            return false;
        }
        var low = a.Value;
        var high = b.Value;
        if (b.Multiplier > 1 && a.Multiplier == 1 && !a.Fraction && a.Value > 0 && a.Value < b.Mantissa)
        {
            // "10 to 12 million", "between 8 and 10 thousand": the scale belongs to both ends.
            low = a.Value * b.Multiplier;
        }
        else if (a.PlainInt && b.Value >= 1000 && b.Value % 1000 == 0 && a.Value >= 1 && a.Value < b.Value / 1000
            && text.AsSpan(b.Start, b.End - b.Start).IndexOfAny(',', '\u00A0', '\u202F') > 0)
        {
            // "70-80,000", "between 10 and 12,000": the thousands are written once for both ends.
            low = a.Value * 1000;
        }
        if (!(low < high))
        {
            return false;
        }
        var qualifierStart = pre.Found && (pre.Word == "between" ? isAnd : (pre.Word == "from" && isTo)) ? pre.Start : -1;
        var mentionStart = qualifierStart >= 0 ? qualifierStart : a.Start;
        var traits = NumberContext.Of(text, a) | NumberContext.Of(text, b);
        if (NumberContext.AgeBefore(text, mentionStart))
        {
            traits |= NumberTraits.Age;
        }
        range = new NumberMention
        {
            Text = text[a.Start..b.End],
            Start = a.Start,
            End = b.End,
            MentionStart = mentionStart,
            MentionEnd = b.End,
            MentionText = text[mentionStart..b.End],
            Low = low,
            High = high,
            Kind = NumberKind.Range,
            Qualifier = Qualifier.Range,
            QualifierText = qualifierStart >= 0 ? text[qualifierStart..pre.End] : null,
            QualifierStart = qualifierStart,
            IsWords = a.Words && b.Words,
            // Both ends must look like years for a year range; a month before the first end dates both ("Feb. 23-26").
            Traits = (traits & ~NumberTraits.YearLike) | (NumberContext.Of(text, a) & NumberContext.Of(text, b) & NumberTraits.YearLike),
            Bounds = [Bound(text, a, low), Bound(text, b, high)],
        };
        return true;
    }

    /// <summary>
    /// "killed on the northern front since October 8 – 11 soldiers and reservists and eight civilians –": a spaced dash
    /// after a day of the month opens an aside when a lower-case word follows the second number, which then counts
    /// people, not days ("October 8 – 11, 2024" and "8–11 October" stay ranges).
    /// </summary>
    private static bool DashAfterADate(string text, NumberAtom a, NumberAtom b)
    {
        if (!char.IsWhiteSpace(text[a.End]) || !char.IsWhiteSpace(text[b.Start - 1]) || (NumberContext.Of(text, a) & NumberTraits.Date) == 0)
        {
            return false;
        }
        var next = b.End;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }
        return next > b.End && next < text.Length && char.IsLower(text[next]);
    }

    /// <summary>Hyphens that chain more than two numbers are phone numbers, codes or dates ("+1-222-2222", "2024-10-05").</summary>
    private static bool Chained(string text, int start, int end)
    {
        var before = start > 1 && text[start - 1] is '-' or '/' or '+' && (DigitNumber.IsDigit(text[start - 2]) || text[start - 1] == '+');
        var beforePlus = start > 0 && text[start - 1] == '+';
        var after = end + 1 < text.Length && text[end] is '-' or '/' && DigitNumber.IsDigit(text[end + 1]);
        return before || beforePlus || after;
    }

    /// <summary>"more than 10 and less than 40", "at most 100 and at least 20", "higher or equal than 100, lower or equal than 300".</summary>
    private static bool TryComparisonRange(string text, NumberAtom a, QualifierMatch qa, NumberAtom b, out NumberMention range)
    {
        range = null!;
        var qb = QualifierPhrases.Before(text, b.Start, b.Ordinal);
        if (!qb.Found || qb.Start < a.End)
        {
            return false;
        }
        var between = text.AsSpan(a.End, qb.Start - a.End).Trim();
        if (!(between is "," || between.Equals("and", StringComparison.OrdinalIgnoreCase) || between.Equals("but", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        var aLower = qa.Qualifier is Qualifier.MoreThan or Qualifier.AtLeast;
        var aUpper = qa.Qualifier is Qualifier.LessThan or Qualifier.UpTo;
        var bLower = qb.Qualifier is Qualifier.MoreThan or Qualifier.AtLeast;
        var bUpper = qb.Qualifier is Qualifier.LessThan or Qualifier.UpTo;
        double low, high;
        if (aLower && bUpper)
        {
            (low, high) = (a.Value, b.Value);
        }
        else if (aUpper && bLower)
        {
            (low, high) = (b.Value, a.Value);
        }
        else
        {
            return false;
        }
        if (!(low < high))
        {
            return false;
        }
        range = new NumberMention
        {
            Text = text[a.Start..b.End],
            Start = a.Start,
            End = b.End,
            MentionStart = qa.Start,
            MentionEnd = b.End,
            MentionText = text[qa.Start..b.End],
            Low = low,
            High = high,
            Kind = NumberKind.Range,
            Qualifier = Qualifier.Range,
            QualifierText = text[qa.Start..qa.End],
            QualifierStart = qa.Start,
            IsWords = a.Words && b.Words,
            Traits = NumberContext.Of(text, a) | NumberContext.Of(text, b),
            Bounds = [Bound(text, a, a.Value), Bound(text, b, b.Value)],
        };
        return true;
    }
}
