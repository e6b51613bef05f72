namespace ClaimTracker.Core.Numbers;

/// <summary>
/// Reads single numbers (digits, words, fractions, vague magnitudes) in one left-to-right pass.
/// Words are looked up in a frozen vocabulary without allocating; only around a number does the
/// scanner look at its neighbours.
/// </summary>
internal static class NumberScanner
{
    private enum TokType : byte
    {
        End,
        Word,
        OtherWord,
        Digits,
        Hyphen,
        Other,
    }

    private readonly struct Tok(TokType type, int start, int end, NumberWord word, bool spaceBefore)
    {
        public TokType Type { get; } = type;
        public int Start { get; } = start;
        public int End { get; } = end;
        public NumberWord Word { get; } = word;
        public bool SpaceBefore { get; } = spaceBefore;
        public WordClass Class => Word.Class;
        public bool IsWord(WordClass c) => Type == TokType.Word && Word.Class == c;
    }

    private enum St : byte
    {
        Start,
        Unit,
        Teen,
        Tens,
        TensUnit,
        Digits,
        Hundred,
        HundredTens,
        HundredRest,
        AfterScale,
        Done,
    }

    /// <summary>A whole number composed of words and/or digits ("one hundred and six", "4 thousand 3 hundred", "1.5 million").</summary>
    private struct Cardinal
    {
        public double Value;
        public int End;
        public int Tokens;
        public bool Words;
        public bool DigitsStart;
        public bool PlainInt;
        public int IntDigits;
        public bool TrailingAnd;
        public double BeforeAnd;
        public double AfterAnd;
        public double ScaleBeforeAnd;
        public bool LastBareTens;
        public double TensValue;
        public bool EndsWithScale;
        public double LastScale;
        public double Multiplier;
        public double Mantissa;
        public bool OnlyOne;
        public bool Closed;
    }

    internal static bool IsInlineSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2009';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static int WordEnd(string s, int p)
    {
        while (p < s.Length && char.IsLetter(s[p]))
        {
            p++;
        }
        return p;
    }

    private static Tok Peek(string s, int pos)
    {
        var p = pos;
        while (p < s.Length && IsInlineSpace(s[p]))
        {
            p++;
        }
        var space = p > pos;
        if (p >= s.Length)
        {
            return new Tok(TokType.End, p, p, default, space);
        }
        var c = s[p];
        if (char.IsLetter(c))
        {
            var e = WordEnd(s, p);
            return NumberWord.TryGet(s.AsSpan(p, e - p), out var w)
                ? new Tok(TokType.Word, p, e, w, space)
                : new Tok(TokType.OtherWord, p, e, default, space);
        }
        if (DigitNumber.IsDigit(c) || (c == '.' && p + 1 < s.Length && DigitNumber.IsDigit(s[p + 1])))
        {
            return new Tok(TokType.Digits, p, p + 1, default, space);
        }
        return IsHyphen(c) ? new Tok(TokType.Hyphen, p, p + 1, default, space) : new Tok(TokType.Other, p, p + 1, default, space);
    }

    // "10 thousand-12 thousand" is a range: digits hyphened on after a scale word complete the number only when no scale
    // word of their own follows them.
    private static bool ScaledAfterDigits(string s, int digitsStart)
    {
        var end = digitsStart;
        while (end < s.Length && (DigitNumber.IsDigit(s[end]) || s[end] is ',' or '.'))
        {
            end++;
        }
        var next = Peek(s, end);
        return next.Type == TokType.Word && next.Class is WordClass.Hundred or WordClass.Scale or WordClass.Dozen;
    }

    private static bool Is(string s, Tok t, string word) =>
        t.Type is TokType.OtherWord or TokType.Word && s.AsSpan(t.Start, t.End - t.Start).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsSmall(Tok t) =>
        t.Type == TokType.Word && t.Class is WordClass.Unit or WordClass.Teen or WordClass.Tens && !t.Word.Plural && t.Word.Value > 0;

    /// <summary>All numbers in <paramref name="s"/>, in text order, ordinals included (the composer drops lone ones).</summary>
    internal static List<NumberAtom> Scan(string s)
    {
        var atoms = new List<NumberAtom>();
        var n = s.Length;
        var i = 0;
        while (i < n)
        {
            var c = s[i];
            // Spaces and punctuation are most of a text and start nothing (a minus sign or a leading point aside).
            if (c < 128 && !char.IsAsciiLetterOrDigit(c) && c is not '-' and not '.')
            {
                i++;
                continue;
            }
            NumberAtom? atom = null;
            var next = i + 1;
            if (DigitNumber.IsDigit(c))
            {
                if (i > 0 && (char.IsLetter(s[i - 1]) || s[i - 1] == '_'))
                {
                    // Part of a code or name glued to letters ("A320", "H1N1").
                    while (next < n && char.IsLetterOrDigit(s[next]))
                    {
                        next++;
                    }
                    i = next;
                    continue;
                }
                atom = ReadNumber(s, i, false, out next);
            }
            else if (c is '-' or '\u2212' && i + 1 < n && SignFollows(s, i) && SignContext(s, i))
            {
                atom = ReadNumber(s, i, true, out next);
            }
            else if (c == '.' && i + 1 < n && DigitNumber.IsDigit(s[i + 1]) && (i == 0 || !(char.IsLetterOrDigit(s[i - 1]) || s[i - 1] == '.')))
            {
                atom = ReadNumber(s, i, false, out next);
            }
            else if (c >= '\u00BC' && DigitNumber.VulgarFraction(c) is { } vulgar)
            {
                atom = new NumberAtom { Start = i, End = i + 1, Value = vulgar, Mantissa = vulgar, Fraction = true };
            }
            else if (char.IsLetter(c))
            {
                var e = WordEnd(s, i);
                next = e;
                if ((i == 0 || !(char.IsLetterOrDigit(s[i - 1]) || s[i - 1] is '\'' or '’')) && NumberWord.TryGet(s.AsSpan(i, e - i), out var w))
                {
                    atom = ReadWords(s, i, w, out var wordsEnd);
                    if (atom != null)
                    {
                        next = wordsEnd;
                    }
                }
            }
            if (atom != null)
            {
                atoms.Add(atom);
                next = Math.Max(next, atom.End);
            }
            i = Math.Max(next, i + 1);
        }
        return atoms;
    }

    private static bool SignFollows(string s, int i) =>
        DigitNumber.IsDigit(s[i + 1]) || (s[i + 1] == '.' && i + 2 < s.Length && DigitNumber.IsDigit(s[i + 2]));

    /// <summary>A minus sign starts a number only where a hyphen could not join two things ("-1", "<-30", not "10-12").</summary>
    private static bool SignContext(string s, int i)
    {
        if (i == 0)
        {
            return true;
        }
        var p = s[i - 1];
        return char.IsWhiteSpace(p) || p is '(' or '[' or '<' or '>' or '=' or '"' or '\u201C' or ':';
    }

    private static bool MonthBefore(string s, int pos)
    {
        var p = pos;
        while (p > 0 && IsInlineSpace(s[p - 1]))
        {
            p--;
        }
        var e = p;
        while (p > 0 && char.IsLetter(s[p - 1]))
        {
            p--;
        }
        return e > p && NumberContext.IsMonth(s.AsSpan(p, e - p));
    }

    private static NumberAtom? ReadNumber(string s, int i, bool signed, out int next)
    {
        var start = signed ? i + 1 : i;
        if (!TryCardinal(s, start, out var card, out var digits))
        {
            next = digits.End > i ? digits.End : i + 1;
            if (digits.Ordinal)
            {
                return new NumberAtom { Start = i, End = digits.End, Value = digits.Value, Mantissa = digits.Value, Ordinal = true };
            }
            return null;
        }
        var atom = FinishCardinal(s, start, card);
        if (signed)
        {
            atom.Start = i;
            atom.Value = -atom.Value;
            atom.Mantissa = -atom.Mantissa;
        }
        next = atom.End;
        return atom;
    }

    private static NumberAtom? ReadWords(string s, int i, NumberWord w, out int end)
    {
        end = i;
        switch (w.Class)
        {
            case WordClass.Unit or WordClass.Teen or WordClass.Tens:
                {
                    if (w.Plural || !TryCardinal(s, i, out var card, out _))
                    {
                        return null;
                    }
                    if (card.OnlyOne && IsPronounOne(s, i, card.End))
                    {
                        return null;
                    }
                    var atom = FinishCardinal(s, i, card);
                    end = atom.End;
                    return atom;
                }
            case WordClass.Article:
                return ReadArticle(s, i, out end);
            case WordClass.Minus:
                {
                    var t = Peek(s, WordEnd(s, i));
                    if (t.Type == TokType.Digits || (t.Type == TokType.Word && t.Class is WordClass.Unit or WordClass.Teen or WordClass.Tens or WordClass.Article))
                    {
                        var inner = t.Type == TokType.Digits ? ReadNumber(s, t.Start, false, out _) : ReadWords(s, t.Start, t.Word, out _);
                        if (inner != null && !inner.Ordinal && !inner.Vague)
                        {
                            inner.Start = i;
                            inner.Value = -inner.Value;
                            inner.Mantissa = -inner.Mantissa;
                            end = inner.End;
                            return inner;
                        }
                    }
                    return null;
                }
            case WordClass.Half or WordClass.Quarter:
                return ReadHalf(s, i, w, out end);
            case WordClass.Ordinal when !w.Plural && PrevWordIs(s, i, "the"):
                {
                    // Kept only for comparisons and ranges ("between the tenth and the fifteenth"); dropped when alone.
                    var e = WordEnd(s, i);
                    end = e;
                    return new NumberAtom { Start = i, End = e, Value = w.Value, Mantissa = w.Value, Words = true, Ordinal = true };
                }
            case WordClass.Hundred or WordClass.Scale or WordClass.Dozen or WordClass.VagueLead:
                return ReadVague(s, i, out end);
            default:
                return null;
        }
    }

    private static bool PrevWordIs(string s, int pos, string word)
    {
        var p = pos;
        while (p > 0 && IsInlineSpace(s[p - 1]))
        {
            p--;
        }
        var e = p;
        while (p > 0 && char.IsLetter(s[p - 1]))
        {
            p--;
        }
        return s.AsSpan(p, e - p).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "The one you mentioned", "this one", "no one", "one another": pronoun, not a number. "told reporters that one
    /// civilian had been killed": "that" before "one" and a noun is the conjunction, and "one" counts the noun.
    /// Golden case: one_or_both_legs_amputated.
    /// </summary>
    private static bool IsPronounOne(string s, int start, int end)
    {
        foreach (var det in PronounDeterminers)
        {
            if (PrevWordIs(s, start, det))
            {
                return !(det == "that" && NounFollows(s, end));
            }
        }
        var t = Peek(s, end);
        // "had had one or both legs amputated": a share of each person's limbs, not a count of people.
        return Is(s, t, "another") || (Is(s, t, "or") && Is(s, Peek(s, t.End), "both"));
    }

    // "that one civilian", not "that one was", "that one." or "that one of": a lower-case word that is no verb or function word.
    private static bool NounFollows(string s, int end)
    {
        var t = Peek(s, end);
        if (t.Type != TokType.OtherWord || !char.IsLower(s[t.Start]))
        {
            return false;
        }
        var word = s.AsSpan(t.Start, t.End - t.Start);
        foreach (var notNoun in NotNounsAfterOne)
        {
            if (word.Equals(notNoun, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly string[] NotNounsAfterOne = ["of", "is", "was", "has", "had", "will", "would", "could", "can", "may", "might", "must", "should", "does", "did", "in", "on", "at", "by", "for", "with", "to", "and", "or", "but", "that", "which", "who", "more", "day", "time", "thing", "way"];

    private static readonly string[] PronounDeterminers = ["the", "this", "that", "which", "each", "every", "any", "no", "another", "someone", "anyone"];

    /// <summary>"a hundred", "a dozen", "a half", "a fifth", "a twenty-first", "a few hundred".</summary>
    private static NumberAtom? ReadArticle(string s, int i, out int end)
    {
        end = i;
        var t = Peek(s, WordEnd(s, i));
        if (t.Type != TokType.Word)
        {
            return null;
        }
        switch (t.Class)
        {
            case WordClass.Hundred or WordClass.Scale or WordClass.Dozen when !t.Word.Plural:
                {
                    if (!TryCardinal(s, i, out var card, out _))
                    {
                        return null;
                    }
                    var atom = FinishCardinal(s, i, card);
                    end = atom.End;
                    return atom;
                }
            case WordClass.Half or WordClass.Quarter when !t.Word.Plural:
                {
                    var atom = ReadHalf(s, t.Start, t.Word, out end);
                    if (atom == null)
                    {
                        var v = 1 / t.Word.Value;
                        atom = new NumberAtom { End = t.End, Value = v, Mantissa = v, Fraction = true, Words = true };
                        end = t.End;
                    }
                    atom.Start = i;
                    return atom;
                }
            case WordClass.Ordinal when !t.Word.Plural && t.Word.Value >= 3:
                {
                    if (!FractionMayEnd(s, t.End))
                    {
                        return null;
                    }
                    var v = 1 / t.Word.Value;
                    end = t.End;
                    return new NumberAtom { Start = i, End = t.End, Value = v, Mantissa = v, Fraction = true, Words = true };
                }
            case WordClass.Tens:
                {
                    // "a twenty-first"
                    var h = Peek(s, t.End);
                    var o = h.Type == TokType.Hyphen ? Peek(s, h.End) : h;
                    if (o.IsWord(WordClass.Ordinal) && o.Word.Value < 10 && !o.Word.Plural)
                    {
                        var v = 1 / (t.Word.Value + o.Word.Value);
                        end = o.End;
                        return new NumberAtom { Start = i, End = o.End, Value = v, Mantissa = v, Fraction = true, Words = true };
                    }
                    return null;
                }
            case WordClass.VagueLead when s.AsSpan(t.Start, t.End - t.Start).Equals("few", StringComparison.OrdinalIgnoreCase):
                {
                    var atom = ReadVague(s, t.Start, out end);
                    if (atom != null)
                    {
                        atom.Start = i;
                    }
                    return atom;
                }
            default:
                return null;
        }
    }

    /// <summary>A singular fraction like "a fifth" or "one third" is a fraction, not an ordinal, unless a noun follows ("a fifth term").</summary>
    private static bool FractionMayEnd(string s, int end)
    {
        var t = Peek(s, end);
        if (t.Type is not (TokType.OtherWord or TokType.Word))
        {
            return true;
        }
        foreach (var word in FractionFollowers)
        {
            if (Is(s, t, word))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] FractionFollowers =
        ["of", "and", "or", "in", "plus", "equals", "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "may", "remain", "remained"];

    /// <summary>"half", "half a dozen", "half a million", "half million", "quarter million", "a quarter of a million".</summary>
    private static NumberAtom? ReadHalf(string s, int i, NumberWord w, out int end)
    {
        end = i;
        if (w.Plural)
        {
            return null;
        }
        var e = WordEnd(s, i);
        var frac = 1 / w.Value;
        var t = Peek(s, e);
        var p = e;
        if (Is(s, t, "of"))
        {
            var a = Peek(s, t.End);
            if (a.IsWord(WordClass.Article))
            {
                t = Peek(s, a.End);
            }
        }
        else if (t.IsWord(WordClass.Article))
        {
            t = Peek(s, t.End);
        }
        if (t.Type == TokType.Word && t.Class is WordClass.Scale or WordClass.Dozen or WordClass.Hundred && !t.Word.Plural)
        {
            var v = frac * t.Word.Value;
            end = t.End;
            return new NumberAtom { Start = i, End = t.End, Value = v, Mantissa = frac, Multiplier = t.Word.Value, Words = true, PlainInt = false };
        }
        if (w.Class == WordClass.Half)
        {
            end = p;
            return new NumberAtom { Start = i, End = p, Value = frac, Mantissa = frac, Fraction = true, Words = true };
        }
        return null;
    }

    /// <summary>Vague magnitudes: "thousands", "hundreds of thousands", "tens of thousands", "dozens", "several hundred", "a few thousand", "scores of".</summary>
    private static NumberAtom? ReadVague(string s, int i, out int end)
    {
        end = i;
        var first = Peek(s, i);
        if (first.Type != TokType.Word)
        {
            return null;
        }
        var w = first.Word;
        double low;
        var e = first.End;
        switch (w.Class)
        {
            case WordClass.Hundred or WordClass.Scale or WordClass.Dozen when w.Plural:
                {
                    low = 2 * w.Value;
                    if (w.Class is WordClass.Hundred or WordClass.Dozen)
                    {
                        var of = Peek(s, e);
                        var sc = Peek(s, of.End);
                        if (Is(s, of, "of") && sc.IsWord(WordClass.Scale) && sc.Word.Plural)
                        {
                            low = 2 * w.Value * sc.Word.Value;
                            e = sc.End;
                        }
                    }
                    break;
                }
            case WordClass.VagueLead:
                {
                    var span = s.AsSpan(first.Start, first.End - first.Start);
                    var nx = Peek(s, e);
                    if (span.Equals("tens", StringComparison.OrdinalIgnoreCase) || span.Equals("scores", StringComparison.OrdinalIgnoreCase))
                    {
                        if (!Is(s, nx, "of"))
                        {
                            return null;
                        }
                        var sc = Peek(s, nx.End);
                        if (span.Length == 4)
                        {
                            if (!sc.IsWord(WordClass.Scale) || !sc.Word.Plural)
                            {
                                return null;
                            }
                            low = 2 * 10 * sc.Word.Value;
                            e = sc.End;
                        }
                        else
                        {
                            low = 40;
                        }
                        break;
                    }
                    if (nx.Type == TokType.Word && nx.Class is WordClass.Hundred or WordClass.Scale or WordClass.Dozen)
                    {
                        low = 2 * nx.Word.Value;
                        e = nx.End;
                        break;
                    }
                    return null;
                }
            default:
                return null;
        }
        end = e;
        return new NumberAtom { Start = i, End = e, Vague = true, Value = low, Mantissa = low, Words = true };
    }

    /// <summary>Reads a whole number made of words and/or digits starting at <paramref name="pos"/>.</summary>
    private static bool TryCardinal(string s, int pos, out Cardinal c, out DigitNumber firstDigits)
    {
        c = default;
        firstDigits = default;
        double total = 0, group = 0, lastSmall = 0, lastBig = double.MaxValue;
        var st = St.Start;
        var p = pos;
        var end = pos;
        var tokens = 0;
        var words = false;
        var digitsStart = false;
        double digitMultiplier = 1, digitMantissa = 0;
        // "and" bookkeeping: whether the number ends in "... and <small>" and how to undo it.
        var andOpen = false;
        var afterAndTokens = 0;
        var andSnapshot = default((int End, St St, double Total, double Group, double LastSmall, int Tokens, double LastBig));
        double afterAnd = 0;
        var lastBareTens = false;
        double tensValue = 0;
        var endsWithScale = false;
        var onlyOne = false;
        var plainSpace = !MonthBefore(s, pos);
        var money = NumberContext.MoneyBefore(s, pos);
        while (true)
        {
            var t = Peek(s, p);
            var hyphenDigits = false;
            if (t.Type == TokType.OtherWord && (st is St.Hundred or St.AfterScale) && !andOpen && Is(s, t, "and"))
            {
                var after = Peek(s, t.End);
                var fits = IsSmall(after);
                if (after.Type == TokType.Digits && DigitNumber.TryRead(s, after.Start, false, false, false, out var dd) && dd.IsPlainInt && dd.Value is > 0 and < 100)
                {
                    fits = st == St.Hundred || dd.Value < lastBig;
                }
                if (!fits)
                {
                    break;
                }
                andSnapshot = (end, st, total, group, lastSmall, tokens, lastBig);
                andOpen = true;
                afterAndTokens = 0;
                p = t.End;
                continue;
            }
            if (t.Type == TokType.Hyphen)
            {
                if (st == St.Start)
                {
                    break;
                }
                var after = Peek(s, t.End);
                if (after.Type == TokType.Digits && !after.SpaceBefore && st is St.AfterScale or St.Hundred && !ScaledAfterDigits(s, after.Start))
                {
                    // "four-thousand-300", "27-hundred-50": radio scripts (KBS World) spell the scale word and hyphen
                    // the digits of the rest on; the digits below the scale complete the number (golden case
                    // spelled_scale_then_digits).
                    hyphenDigits = true;
                    t = after;
                }
                else if (after.Type != TokType.Word)
                {
                    break;
                }
                else
                {
                    var spaced = after.SpaceBefore || (t.Start > 0 && IsInlineSpace(s[t.Start - 1]));
                    var ok = ((st is St.Tens or St.HundredTens) && after.Class == WordClass.Unit && after.Word.Value > 0)
                        || (!spaced && after.Class is WordClass.Unit or WordClass.Teen or WordClass.Tens or WordClass.Hundred or WordClass.Scale && !after.Word.Plural);
                    if (!ok)
                    {
                        break;
                    }
                    t = after;
                }
            }
            var consumed = false;
            var tokEnd = t.End;
            var bareTens = false;
            var scaleToken = false;
            if (t.Type == TokType.Word)
            {
                var w = t.Word;
                var v = w.Value;
                switch (w.Class)
                {
                    case WordClass.Unit or WordClass.Teen or WordClass.Tens when !w.Plural:
                        if (st is St.Start or St.AfterScale)
                        {
                            if (st == St.AfterScale && v == 0)
                            {
                                break;
                            }
                            group = v;
                            lastSmall = v;
                            st = w.Class switch { WordClass.Unit => St.Unit, WordClass.Teen => St.Teen, _ => St.Tens };
                            bareTens = w.Class == WordClass.Tens;
                            consumed = true;
                        }
                        else if (st == St.Tens && w.Class == WordClass.Unit && v > 0)
                        {
                            group += v;
                            lastSmall += v;
                            st = St.TensUnit;
                            consumed = true;
                        }
                        else if (st == St.Hundred && v > 0)
                        {
                            group += v;
                            lastSmall = v;
                            st = w.Class == WordClass.Tens ? St.HundredTens : St.HundredRest;
                            bareTens = w.Class == WordClass.Tens;
                            consumed = true;
                        }
                        else if (st == St.HundredTens && w.Class == WordClass.Unit && v > 0)
                        {
                            group += v;
                            lastSmall += v;
                            st = St.HundredRest;
                            consumed = true;
                        }
                        break;
                    case WordClass.Article when st == St.Start:
                        {
                            var nx = Peek(s, t.End);
                            if (nx.Type == TokType.Word && nx.Class is WordClass.Hundred or WordClass.Scale or WordClass.Dozen && !nx.Word.Plural)
                            {
                                group = 1;
                                lastSmall = 1;
                                st = St.Unit;
                                consumed = true;
                            }
                            break;
                        }
                    case WordClass.Hundred:
                        if (st is St.Unit or St.Teen or St.Tens or St.TensUnit or St.Digits && group > 0 && (st == St.Digits || group < 100))
                        {
                            group *= 100;
                            lastSmall = 0;
                            st = w.Plural ? St.Done : St.Hundred;
                            consumed = true;
                        }
                        break;
                    case WordClass.Scale:
                        if (st is not (St.Start or St.AfterScale or St.Done) && group > 0 && v < lastBig)
                        {
                            total += group * v;
                            group = 0;
                            lastBig = v;
                            st = w.Plural ? St.Done : St.AfterScale;
                            consumed = true;
                            scaleToken = true;
                        }
                        else if (st == St.AfterScale && group == 0 && v > lastBig && !w.Plural)
                        {
                            total *= v;
                            lastBig = v;
                            consumed = true;
                            scaleToken = true;
                        }
                        break;
                    case WordClass.Dozen:
                        if (lastSmall > 0 && st is St.Unit or St.Teen or St.Tens or St.TensUnit or St.Digits or St.HundredRest or St.HundredTens)
                        {
                            group += lastSmall * 11;
                            lastSmall = 0;
                            st = St.Done;
                            consumed = true;
                        }
                        break;
                    default:
                        break;
                }
                if (consumed)
                {
                    words = true;
                }
            }
            else if (t.Type == TokType.Digits && st is St.Start or St.AfterScale or St.Hundred && (tokens == 0 || t.SpaceBefore || hyphenDigits))
            {
                if (DigitNumber.TryRead(s, t.Start, false, plainSpace, money, out var d) && !d.Rejected && !d.Ordinal)
                {
                    if (st == St.Start)
                    {
                        firstDigits = d;
                        group = d.Value;
                        lastSmall = d.Value;
                        digitsStart = true;
                        digitMultiplier = d.Multiplier;
                        digitMantissa = d.Mantissa;
                        st = d.CanTakeScale ? St.Digits : St.Done;
                        consumed = true;
                        tokEnd = d.End;
                    }
                    else if (st == St.AfterScale && d.IsPlainInt && d.Value > 0 && d.Value < lastBig)
                    {
                        group = d.Value;
                        lastSmall = d.Value;
                        st = St.Digits;
                        consumed = true;
                        tokEnd = d.End;
                    }
                    else if (st == St.Hundred && d.IsPlainInt && d.Value is > 0 and < 100)
                    {
                        group += d.Value;
                        lastSmall = d.Value;
                        st = St.HundredRest;
                        consumed = true;
                        tokEnd = d.End;
                    }
                }
                else if (st == St.Start)
                {
                    firstDigits = d;
                }
            }
            if (!consumed)
            {
                if (andOpen && afterAndTokens > 0 && t.Type == TokType.Word && t.Class is WordClass.Hundred or WordClass.Scale)
                {
                    // "3 hundred and 2 hundred": the "and" joins two numbers, not parts of one.
                    (end, st, total, group, lastSmall, tokens, lastBig) = andSnapshot;
                    andOpen = false;
                    afterAndTokens = 0;
                    lastBareTens = false;
                    endsWithScale = st == St.AfterScale;
                }
                break;
            }
            onlyOne = tokens == 0 && t.Type == TokType.Word && t.Class == WordClass.Unit && t.Word.Value == 1;
            tokens++;
            end = tokEnd;
            p = tokEnd;
            lastBareTens = bareTens;
            tensValue = bareTens ? t.Word.Value : 0;
            endsWithScale = scaleToken;
            if (andOpen)
            {
                if (t.Type == TokType.Word && t.Class is WordClass.Hundred or WordClass.Scale or WordClass.Dozen)
                {
                    andOpen = false;
                }
                else
                {
                    afterAndTokens++;
                    afterAnd = total + group - (andSnapshot.Total + andSnapshot.Group);
                }
            }
            if (st == St.Done)
            {
                break;
            }
        }
        if (tokens == 0)
        {
            return false;
        }
        var value = total + group;
        c.Value = value;
        c.End = end;
        c.Tokens = tokens;
        c.Words = words;
        c.DigitsStart = digitsStart;
        c.PlainInt = digitsStart && tokens == 1 && firstDigits.IsPlainInt;
        c.IntDigits = firstDigits.IntDigits;
        c.TrailingAnd = andOpen && afterAndTokens > 0;
        c.BeforeAnd = andSnapshot.Total + andSnapshot.Group;
        c.ScaleBeforeAnd = andSnapshot.St == St.AfterScale ? andSnapshot.LastBig : 1;
        c.AfterAnd = afterAnd;
        c.LastBareTens = lastBareTens && tokens >= 2;
        c.TensValue = tensValue;
        c.EndsWithScale = endsWithScale;
        c.LastScale = endsWithScale ? lastBig : 1;
        c.OnlyOne = onlyOne && tokens == 1;
        c.Closed = st == St.Done && !endsWithScale;
        if (endsWithScale)
        {
            c.Multiplier = lastBig;
            c.Mantissa = value / lastBig;
        }
        else if (digitsStart && tokens == 1)
        {
            c.Multiplier = digitMultiplier;
            c.Mantissa = digitMantissa;
        }
        else
        {
            c.Multiplier = 1;
            c.Mantissa = value;
        }
        // "two hundred point zero three", "nine point nought four"
        if (words && !digitsStart)
        {
            ReadPoint(s, ref c);
        }
        return true;
    }

    private static void ReadPoint(string s, ref Cardinal c)
    {
        var t = Peek(s, c.End);
        if (!t.IsWord(WordClass.Point))
        {
            return;
        }
        Span<char> digits = stackalloc char[32];
        var dl = 0;
        var p = t.End;
        var end = -1;
        while (dl < 28)
        {
            var d = Peek(s, p);
            if (d.Type == TokType.Hyphen && dl > 0)
            {
                var u = Peek(s, d.End);
                if (u.IsWord(WordClass.Unit) && dl > 0 && digits[dl - 1] == '0' && end > 0)
                {
                    // "seventy-one": replace the tens' trailing zero.
                    digits[dl - 1] = (char)('0' + (int)u.Word.Value);
                    p = end = u.End;
                    continue;
                }
                break;
            }
            if (d.Type != TokType.Word || d.Word.Plural || d.Class is not (WordClass.Unit or WordClass.Teen or WordClass.Tens))
            {
                break;
            }
            var v = (int)d.Word.Value;
            if (d.Class == WordClass.Unit)
            {
                digits[dl++] = (char)('0' + v);
            }
            else
            {
                digits[dl++] = (char)('0' + (v / 10));
                digits[dl++] = (char)('0' + (v % 10));
            }
            p = end = d.End;
        }
        if (dl == 0)
        {
            return;
        }
        double frac = 0;
        for (var k = dl - 1; k >= 0; k--)
        {
            frac = (frac + (digits[k] - '0')) / 10;
        }
        c.Value += frac;
        c.End = end;
        c.Mantissa = c.Value;
        c.Multiplier = 1;
        c.TrailingAnd = false;
        c.LastBareTens = false;
        c.OnlyOne = false;
        var sc = Peek(s, end);
        if (sc.IsWord(WordClass.Scale) && !sc.Word.Plural)
        {
            c.Mantissa = c.Value;
            c.Multiplier = sc.Word.Value;
            c.Value *= sc.Word.Value;
            c.End = sc.End;
        }
        c.Closed = true;
    }

    /// <summary>After a whole number: fractions ("two thirds", "and a half"), ratios ("one in five"), "over".</summary>
    private static NumberAtom FinishCardinal(string s, int start, Cardinal card)
    {
        var atom = new NumberAtom
        {
            Start = start,
            End = card.End,
            Value = card.Value,
            Mantissa = card.Mantissa,
            Multiplier = card.Multiplier,
            Words = card.Words && !card.DigitsStart,
            PlainInt = card.PlainInt,
            IntDigits = card.IntDigits,
        };
        if (card.Closed && card.DigitsStart && card.Tokens == 1 && card.Multiplier == 1)
        {
            // a fraction or power written in digits: nothing more to read
            atom.Fraction = card.Value != Math.Floor(card.Value) && IsDigitFraction(s, start, card.End);
            return atom;
        }
        var t = Peek(s, card.End);
        if (!card.DigitsStart && TryWordFraction(s, card, t, atom))
        {
            return atom;
        }
        if (Is(s, t, "and") && !card.Closed)
        {
            if (TryFractionTail(s, t.End, out var tail, out var tailEnd, out var tailNum, out var tailDen, out var tailPure))
            {
                double value;
                if (tailPure && tailNum >= tailDen)
                {
                    value = (card.Value + tailNum) / tailDen;
                }
                else
                {
                    value = card.Value + (tail * card.LastScale);
                }
                var sc = Peek(s, tailEnd);
                if (sc.IsWord(WordClass.Scale) && !sc.Word.Plural)
                {
                    value = card.EndsWithScale ? card.Value + (tail * sc.Word.Value) : (card.Value + tail) * sc.Word.Value;
                    tailEnd = sc.End;
                }
                atom.Value = value;
                atom.Mantissa = value;
                atom.Multiplier = 1;
                atom.End = tailEnd;
                atom.Fraction = value != Math.Floor(value);
                atom.Words = !card.DigitsStart;
                return atom;
            }
        }
        if (Is(s, t, "over") || Is(s, t, "in") || Is(s, t, "out"))
        {
            TryRatio(s, card, t, atom);
        }
        return atom;
    }

    private static bool IsDigitFraction(string s, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (s[k] == '/' || DigitNumber.VulgarFraction(s[k]) != null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"two thirds", "one hundred and three quarters", "one hundred thirty fifths", "one one hundred fifth".</summary>
    private static bool TryWordFraction(string s, Cardinal card, Tok t, NumberAtom atom)
    {
        var den = t;
        if (t.Type == TokType.Hyphen)
        {
            den = Peek(s, t.End);
        }
        if (den.Type == TokType.Word && den.Class is WordClass.Ordinal or WordClass.Half or WordClass.Quarter && !card.Closed)
        {
            var d = den.Word.Value;
            var plural = den.Word.Plural;
            double value;
            if (card.TrailingAnd)
            {
                var num = card.AfterAnd;
                if (den.Class == WordClass.Ordinal && d < 3)
                {
                    return false;
                }
                var scale = card.ScaleBeforeAnd;
                var sc = Peek(s, den.End);
                if (num < d && sc.IsWord(WordClass.Scale) && !sc.Word.Plural)
                {
                    // "one billion and three quarters million"
                    scale = sc.Word.Value;
                    den = new Tok(den.Type, den.Start, sc.End, den.Word, den.SpaceBefore);
                }
                value = num < d ? card.BeforeAnd + (num / d * scale) : (card.BeforeAnd + num) / d;
            }
            else if (card.LastBareTens && den.Class == WordClass.Ordinal && d < 10)
            {
                var num = card.Value - card.TensValue;
                value = num / (card.TensValue + d);
                if (!Agrees(num, plural))
                {
                    return false;
                }
            }
            else
            {
                if (den.Class == WordClass.Ordinal && d < 3)
                {
                    return false;
                }
                var hyphenated = t.Type == TokType.Hyphen;
                if (!Agrees(card.Value, plural) || (!plural && !hyphenated && den.Class == WordClass.Ordinal && !FractionMayEnd(s, den.End)))
                {
                    return false;
                }
                value = card.Value / d;
            }
            var end = den.End;
            (value, end) = OfAScale(s, value, end);
            atom.Value = value;
            atom.Mantissa = value;
            atom.Multiplier = 1;
            atom.End = end;
            atom.Fraction = true;
            atom.Words = true;
            atom.PlainInt = false;
            return true;
        }
        // "one | one hundred fifth", "twenty | twenty fifths", "three | twenty firsts"
        if (t.Type == TokType.Word && t.Class is WordClass.Unit or WordClass.Teen or WordClass.Tens && !t.Word.Plural
            && TryCardinal(s, t.Start, out var second, out _) && !second.DigitsStart)
        {
            var o = Peek(s, second.End);
            if (o.Type == TokType.Hyphen || Is(s, o, "and"))
            {
                o = Peek(s, o.End);
            }
            if (o.IsWord(WordClass.Ordinal))
            {
                var ord = o.Word.Value;
                var compound = (second.Value % 100 == 0 && ord < 100) || (second.Value % 10 == 0 && second.Value < 100 && ord < 10);
                if (compound && Agrees(card.Value, o.Word.Plural))
                {
                    atom.Value = card.Value / (second.Value + ord);
                    atom.Mantissa = atom.Value;
                    atom.End = o.End;
                    atom.Fraction = true;
                    atom.Words = true;
                    atom.PlainInt = false;
                    return true;
                }
            }
        }
        return false;
    }

    private static bool Agrees(double numerator, bool plural) => numerator == 1 ? !plural : plural && numerator > 1;

    /// <summary>"two thirds of a million", "three quarters million".</summary>
    private static (double Value, int End) OfAScale(string s, double value, int end)
    {
        var t = Peek(s, end);
        if (Is(s, t, "of"))
        {
            var a = Peek(s, t.End);
            var sc = Peek(s, a.End);
            if (a.IsWord(WordClass.Article) && sc.IsWord(WordClass.Scale) && !sc.Word.Plural)
            {
                return (value * sc.Word.Value, sc.End);
            }
        }
        return (value, end);
    }

    /// <summary>After "and": "a half", "a third", "three quarters", "fifty-four hundredths", "three and three fifths".</summary>
    private static bool TryFractionTail(string s, int pos, out double value, out int end, out double num, out double den, out bool pure)
    {
        value = 0;
        end = pos;
        num = 0;
        den = 1;
        pure = false;
        var t = Peek(s, pos);
        if (t.IsWord(WordClass.Article))
        {
            var f = Peek(s, t.End);
            if (f.Type == TokType.Word && f.Class is WordClass.Half or WordClass.Quarter or WordClass.Ordinal && !f.Word.Plural && (f.Class != WordClass.Ordinal || f.Word.Value >= 3))
            {
                num = 1;
                den = f.Word.Value;
                value = 1 / den;
                end = f.End;
                return true;
            }
            return false;
        }
        if (t.Type != TokType.Word || t.Class is not (WordClass.Unit or WordClass.Teen or WordClass.Tens) || !TryCardinal(s, t.Start, out var card, out _))
        {
            return false;
        }
        var scratch = new NumberAtom();
        var next = Peek(s, card.End);
        if (TryWordFraction(s, card, next, scratch))
        {
            value = scratch.Value;
            end = scratch.End;
            pure = !card.TrailingAnd && !card.LastBareTens;
            num = card.Value;
            den = pure ? card.Value / scratch.Value : 1;
            return true;
        }
        if (Is(s, next, "and") && TryFractionTail(s, next.End, out var inner, out var innerEnd, out _, out _, out _))
        {
            value = card.Value + inner;
            end = innerEnd;
            return true;
        }
        return false;
    }

    /// <summary>"one over three", "2000 over 3", "one out of three", "1 in twenty-one" (proper ratios only).</summary>
    private static void TryRatio(string s, Cardinal card, Tok t, NumberAtom atom)
    {
        var p = t.End;
        var over = Is(s, t, "over");
        if (Is(s, t, "out"))
        {
            var of = Peek(s, t.End);
            if (!Is(s, of, "of"))
            {
                return;
            }
            p = of.End;
        }
        var d = Peek(s, p);
        if (d.Type is not (TokType.Digits or TokType.Word) || (d.Type == TokType.Word && d.Class is not (WordClass.Unit or WordClass.Teen or WordClass.Tens)))
        {
            return;
        }
        if (!TryCardinal(s, d.Start, out var den, out var digits) || den.Value == 0 || (den.DigitsStart && !digits.IsPlainInt && !digits.Grouped))
        {
            return;
        }
        var after = Peek(s, den.End);
        if (over)
        {
            if (after.Type is TokType.Word or TokType.OtherWord)
            {
                return;
            }
        }
        else
        {
            // "killed 5 in 24 hours" and "3 in 2024" are counts with a time, not ratios.
            var yearLike = den.PlainInt && den.IntDigits == 4;
            if (card.Value >= den.Value || yearLike || card.Value <= 0 || card.Value != Math.Floor(card.Value) || NumberContext.UnitAfter(s, den.End))
            {
                return;
            }
        }
        atom.Value = card.Value / den.Value;
        atom.Mantissa = atom.Value;
        atom.Multiplier = 1;
        atom.End = den.End;
        atom.Fraction = true;
        atom.PlainInt = false;
        atom.Words |= den.Words;
    }
}
