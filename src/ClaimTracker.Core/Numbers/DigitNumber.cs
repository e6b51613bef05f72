using System.Globalization;

namespace ClaimTracker.Core.Numbers;

/// <summary>
/// A number written with digits, read by hand from one position: separators ("1,234,567",
/// "12,34,567.89", "1 234 567", "1.111,11"), decimals, exponents ("1e10", "1.1^23", "1.3x10^6"),
/// fractions ("3/4", "2 1/4"), attached multipliers ("12k", "2.3bn", "10M") and ordinals ("11th").
/// A number glued to an unknown unit ("180ml", "29km") is <see cref="Rejected"/>.
/// </summary>
internal struct DigitNumber
{
    public int Start;
    public int End;
    public double Value;
    /// <summary>The value before an attached multiplier ("2.3" of "2.3bn").</summary>
    public double Mantissa;
    public double Multiplier;
    public bool Rejected;
    public bool Ordinal;
    public bool Fraction;
    public bool Power;
    public bool Decimal;
    public bool Grouped;
    public bool Negative;
    public int IntDigits;

    /// <summary>Digits only: "4", "2024", "250" (may take "hundred"/"thousand" words after it).</summary>
    public readonly bool IsPlainInt => !Decimal && !Grouped && !Fraction && !Power && Multiplier == 1 && !Ordinal;
    /// <summary>Can be multiplied by a following scale word ("1.5 million", "10,000 thousand").</summary>
    public readonly bool CanTakeScale => !Fraction && !Power && Multiplier == 1 && !Ordinal;

    private const int MaxDigits = 40;

    internal static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    /// <summary>Exactly three digits at <paramref name="p"/>, not followed by another digit.</summary>
    private static bool ThreeDigits(string s, int p) =>
        p + 3 <= s.Length && IsDigit(s[p]) && IsDigit(s[p + 1]) && IsDigit(s[p + 2]) && (p + 3 == s.Length || !IsDigit(s[p + 3]));

    private static bool TwoDigitsThenComma(string s, int p) =>
        p + 3 < s.Length && IsDigit(s[p]) && IsDigit(s[p + 1]) && s[p + 2] == ',' && IsDigit(s[p + 3]);

    /// <summary>Reads a digit number at <paramref name="start"/> (a digit, '.', or a sign when <paramref name="signed"/>).</summary>
    /// <param name="plainSpaceGroups">Whether "1 234" may be one number (false after a month name: "March 5 100").</param>
    internal static bool TryRead(string s, int start, bool signed, bool plainSpaceGroups, bool moneyBefore, out DigitNumber d)
    {
        d = default;
        d.Start = start;
        d.Multiplier = 1;
        var n = s.Length;
        var p = start;
        if (signed && p < n && s[p] is '-' or '\u2212')
        {
            d.Negative = true;
            p++;
        }
        Span<char> buf = stackalloc char[MaxDigits + 24];
        var bl = 0;
        var intStart = p;
        while (p < n && IsDigit(s[p]))
        {
            if (bl < MaxDigits)
            {
                buf[bl++] = s[p];
            }
            p++;
        }
        var intLen = p - intStart;
        d.IntDigits = intLen;
        if (intLen is >= 1 and <= 3 && p < n)
        {
            p = ReadGroups(s, p, intLen, plainSpaceGroups, buf, ref bl, ref d);
        }
        // Decimal comma ("5,00", "1,3"), unless the comma is part of a list ("22,24,26,31").
        if (!d.Grouped && intLen > 0 && p + 1 < n && s[p] == ',' && IsDigit(s[p + 1]))
        {
            var q = p + 1;
            while (q < n && IsDigit(s[q]))
            {
                q++;
            }
            var inList = (q + 1 < n && s[q] == ',' && IsDigit(s[q + 1])) || (intStart > 0 && s[intStart - 1] == ',');
            if (q - p - 1 <= 2 && !inList && intLen <= 3)
            {
                buf[bl++] = '.';
                for (var i = p + 1; i < q; i++)
                {
                    buf[bl++] = s[i];
                }
                d.Decimal = true;
                p = q;
            }
        }
        if (!d.Decimal && p + 1 < n && s[p] == '.' && IsDigit(s[p + 1]))
        {
            var q = p + 1;
            while (q < n && IsDigit(s[q]))
            {
                q++;
            }
            var dottedAfter = q + 1 < n && s[q] == '.' && IsDigit(s[q + 1]);
            var dottedBefore = intStart >= 2 && s[intStart - 1] == '.' && IsDigit(s[intStart - 2]);
            if (!dottedAfter && !dottedBefore)
            {
                buf[bl++] = '.';
                for (var i = p + 1; i < q && bl < buf.Length - 8; i++)
                {
                    buf[bl++] = s[i];
                }
                d.Decimal = true;
                p = q;
            }
        }
        if (intLen == 0 && !d.Decimal)
        {
            return false;
        }
        var value = double.Parse(buf[..bl], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        p = ReadTail(s, p, intLen, moneyBefore, ref value, ref d);
        if (!double.IsFinite(value) || intLen > MaxDigits)
        {
            // "1e999", a 400-digit serial number: not a quantity anyone reports.
            d.Rejected = true;
        }
        if (d.Rejected)
        {
            d.End = p;
            return true;
        }
        d.End = p;
        d.Value = d.Negative ? -value : value;
        if (!d.Power && !d.Fraction)
        {
            d.Mantissa = d.Negative ? -(value / d.Multiplier) : value / d.Multiplier;
        }
        else
        {
            d.Mantissa = d.Value;
        }
        return true;
    }

    private static int ReadGroups(string s, int p, int intLen, bool plainSpaceGroups, Span<char> buf, ref int bl, ref DigitNumber d)
    {
        var n = s.Length;
        // Indian grouping: 12,34,567
        if (intLen <= 2 && s[p] == ',' && TwoDigitsThenComma(s, p + 1))
        {
            var q = p;
            var tmp = bl;
            Span<char> local = stackalloc char[MaxDigits];
            var ll = 0;
            while (q < n && s[q] == ',' && TwoDigitsThenComma(s, q + 1) && ll < MaxDigits - 6)
            {
                local[ll++] = s[q + 1];
                local[ll++] = s[q + 2];
                q += 3;
            }
            if (q < n && s[q] == ',' && ThreeDigits(s, q + 1))
            {
                local[..ll].CopyTo(buf[tmp..]);
                bl = tmp + ll;
                buf[bl++] = s[q + 1];
                buf[bl++] = s[q + 2];
                buf[bl++] = s[q + 3];
                d.Grouped = true;
                return q + 4;
            }
        }
        if (s[p] == ',' && ThreeDigits(s, p + 1))
        {
            while (p < n && s[p] == ',' && ThreeDigits(s, p + 1) && bl < MaxDigits - 3)
            {
                buf[bl++] = s[p + 1];
                buf[bl++] = s[p + 2];
                buf[bl++] = s[p + 3];
                p += 4;
            }
            d.Grouped = true;
            return p;
        }
        // European: 1.111,11
        if (s[p] == '.' && ThreeDigits(s, p + 1))
        {
            var q = p;
            while (q < n && s[q] == '.' && ThreeDigits(s, q + 1))
            {
                q += 4;
            }
            if (q + 1 < n && s[q] == ',' && IsDigit(s[q + 1]))
            {
                var r = q + 1;
                while (r < n && IsDigit(s[r]))
                {
                    r++;
                }
                if (r - q - 1 <= 2)
                {
                    for (var i = p; i < q; i += 4)
                    {
                        buf[bl++] = s[i + 1];
                        buf[bl++] = s[i + 2];
                        buf[bl++] = s[i + 3];
                    }
                    buf[bl++] = '.';
                    for (var i = q + 1; i < r; i++)
                    {
                        buf[bl++] = s[i];
                    }
                    d.Grouped = true;
                    d.Decimal = true;
                    return r;
                }
            }
            return p;
        }
        // Space groups: 1 234 567, 40 000 (narrow no-break spaces always; plain spaces when allowed).
        if (IsGroupSpace(s[p]) && ThreeDigits(s, p + 1) && (s[p] != ' ' || plainSpaceGroups))
        {
            var sep = s[p];
            while (p < n && s[p] == sep && ThreeDigits(s, p + 1) && bl < MaxDigits - 3)
            {
                buf[bl++] = s[p + 1];
                buf[bl++] = s[p + 2];
                buf[bl++] = s[p + 3];
                p += 4;
            }
            d.Grouped = true;
        }
        return p;
    }

    /// <summary>Exponent, power, fraction, multiplier or ordinal suffix after the digits.</summary>
    private static int ReadTail(string s, int p, int intLen, bool moneyBefore, ref double value, ref DigitNumber d)
    {
        var n = s.Length;
        if (p >= n)
        {
            return p;
        }
        var c = s[p];
        // 1e10, 12.32e+14, -12e-1
        if (c is 'e' or 'E' && p + 1 < n)
        {
            var q = p + 1;
            var neg = false;
            if (s[q] is '+' or '-' && q + 1 < n)
            {
                neg = s[q] == '-';
                q++;
            }
            if (IsDigit(s[q]))
            {
                var e = 0;
                while (q < n && IsDigit(s[q]))
                {
                    e = Math.Min(400, (e * 10) + (s[q] - '0'));
                    q++;
                }
                if (q >= n || !char.IsLetter(s[q]))
                {
                    value *= Math.Pow(10, neg ? -e : e);
                    d.Power = true;
                    return q;
                }
            }
        }
        // 1.1^23, 2.5^-1, -1.1^--23
        if (c == '^')
        {
            var q = p + 1;
            var minus = 0;
            while (q < n && s[q] is '+' or '-')
            {
                minus += s[q] == '-' ? 1 : 0;
                q++;
            }
            if (q < n && IsDigit(s[q]))
            {
                var e = 0;
                while (q < n && IsDigit(s[q]))
                {
                    e = Math.Min(400, (e * 10) + (s[q] - '0'));
                    q++;
                }
                value = Math.Pow(value, minus % 2 == 1 ? -e : e);
                d.Power = true;
                return q;
            }
        }
        // 1.3x10^6, 6.23x10^-4
        if (c is 'x' or '×' && p + 4 < n && s[p + 1] == '1' && s[p + 2] == '0' && s[p + 3] == '^')
        {
            var q = p + 4;
            var neg = false;
            if (s[q] is '+' or '-')
            {
                neg = s[q] == '-';
                q++;
            }
            if (q < n && IsDigit(s[q]))
            {
                var e = 0;
                while (q < n && IsDigit(s[q]))
                {
                    e = Math.Min(400, (e * 10) + (s[q] - '0'));
                    q++;
                }
                value *= Math.Pow(10, neg ? -e : e);
                d.Power = true;
                return q;
            }
        }
        // 3/4, -4/5 — a proper fraction that is not part of a date or code chain ("5/17/2018").
        if (c == '/' && !d.Decimal && !d.Grouped && p + 1 < n && IsDigit(s[p + 1]))
        {
            var q = p + 1;
            double den = 0;
            while (q < n && IsDigit(s[q]))
            {
                den = (den * 10) + (s[q] - '0');
                q++;
            }
            var chainAfter = q + 1 < n && s[q] is '/' or '-' && IsDigit(s[q + 1]);
            var chainBefore = d.Start > 1 && s[d.Start - 1] is '/' or '-' && IsDigit(s[d.Start - 2]);
            if (!chainAfter && !chainBefore && den > 0 && value < den && q - p - 1 <= 3 && intLen <= 3)
            {
                value /= den;
                d.Fraction = true;
                return q;
            }
            return p;
        }
        if (VulgarFraction(c) is { } vulgar && !d.Decimal)
        {
            value += vulgar;
            d.Fraction = true;
            return p + 1;
        }
        // "2  1/4": a whole number then a proper fraction on the same line.
        if (IsGroupSpace(c) && !d.Decimal && !d.Grouped)
        {
            var q = p;
            while (q < n && IsGroupSpace(s[q]))
            {
                q++;
            }
            var a = q;
            double num = 0;
            while (q < n && IsDigit(s[q]) && q - a < 3)
            {
                num = (num * 10) + (s[q] - '0');
                q++;
            }
            if (q > a && q + 1 < n && s[q] == '/' && IsDigit(s[q + 1]))
            {
                var r = q + 1;
                double den = 0;
                while (r < n && IsDigit(s[r]) && r - q <= 3)
                {
                    den = (den * 10) + (s[r] - '0');
                    r++;
                }
                if ((r >= n || !IsDigit(s[r]) && s[r] != '/') && den > 0 && num < den && num > 0)
                {
                    value += num / den;
                    d.Fraction = true;
                    return r;
                }
            }
        }
        if (char.IsLetter(c))
        {
            return ReadSuffix(s, p, moneyBefore, ref value, ref d);
        }
        // "2.33 k", "1,674.5 G", "1,674,200.5 M": a lone multiplier letter after a space.
        if (c == ' ' && p + 1 < n && s[p + 1] is 'k' or 'K' or 'M' or 'G' && (p + 2 == n || !char.IsLetterOrDigit(s[p + 2])))
        {
            var m = s[p + 1] switch
            {
                'k' or 'K' => 1e3,
                'M' => 1e6,
                _ => 1e9,
            };
            value *= m;
            d.Multiplier = m;
            return p + 2;
        }
        return p;
    }

    private static int ReadSuffix(string s, int p, bool moneyBefore, ref double value, ref DigitNumber d)
    {
        var n = s.Length;
        var q = p;
        while (q < n && char.IsLetter(s[q]))
        {
            q++;
        }
        if (q < n && (IsDigit(s[q]) || s[q] == '_'))
        {
            d.Rejected = true;
            return q;
        }
        var suffix = s.AsSpan(p, q - p);
        double m = suffix switch
        {
            "k" or "K" => 1e3,
            "M" or "MM" or "mil" or "mln" or "Mn" or "mn" => 1e6,
            "m" when moneyBefore || MillionNotMetres(s, q, d.Decimal) => 1e6,
            "b" or "B" or "bn" or "Bn" or "BN" or "bln" or "G" => 1e9,
            "tn" or "tln" or "trn" => 1e12,
            _ => 0,
        };
        if (m > 0 && !d.Fraction)
        {
            value *= m;
            d.Multiplier = m;
            return q;
        }
        if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
        {
            d.Ordinal = true;
            return q;
        }
        d.Rejected = true;
        return q;
    }

    private static readonly string[] PopulationNouns =
    [
        "people", "persons", "refugees", "civilians", "residents", "children", "troops", "soldiers", "displaced", "inhabitants",
        "migrants", "voters", "men", "women", "citizens", "households", "families", "casualties", "deaths", "dead", "killed",
    ];

    private static readonly string[] LengthWords = ["tall", "high", "long", "wide", "deep", "away", "from", "above", "below", "thick", "across"];

    /// <summary>
    /// British reporting writes millions as "1.5m people", "3m Syrians", while "a 10m wall" is metres. Lowercase "m" is a
    /// million before a population noun or a capitalised word, or after a decimal ("1.5m") not followed by a length word.
    /// </summary>
    private static bool MillionNotMetres(string s, int end, bool hasDecimal)
    {
        if (end < s.Length && s[end] is '-' or '\u2010' or '\u2011')
        {
            return false;
        }
        var p = end;
        while (p < s.Length && s[p] == ' ')
        {
            p++;
        }
        var b = p;
        while (p < s.Length && char.IsLetter(s[p]))
        {
            p++;
        }
        var word = s.AsSpan(b, p - b);
        if (word.Length > 1 && char.IsUpper(word[0]))
        {
            return true;
        }
        foreach (var noun in PopulationNouns)
        {
            if (word.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        if (!hasDecimal)
        {
            return false;
        }
        foreach (var length in LengthWords)
        {
            if (word.Equals(length, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    internal static double? VulgarFraction(char c) => c switch
    {
        '½' => 0.5,
        '⅓' => 1.0 / 3,
        '⅔' => 2.0 / 3,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6,
        '⅚' => 5.0 / 6,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => null,
    };
}
