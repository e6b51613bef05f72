using System.Collections.Frozen;

namespace ClaimTracker.Core.Numbers;

/// <summary>Reads the words around a number to set its <see cref="NumberTraits"/>.</summary>
internal static class NumberContext
{
    /// <summary>Month names and their abbreviations: the one list of them the extractor reads.</summary>
    internal static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];

    private static readonly string[] CurrencyWords =
    [
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "rouble", "roubles", "ruble", "rubles", "hryvnia", "hryvnias",
        "yuan", "yen", "rupee", "rupees", "usd", "eur", "gbp", "rub", "uah", "shekel", "shekels", "dinar", "dinars",
    ];

    private static readonly string[] TimeUnits =
    [
        "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days",
        "week", "weeks", "month", "months", "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries",
    ];

    private static readonly string[] MeasureUnits =
    [
        "km", "kilometres", "kilometers", "kilometre", "kilometer", "mile", "miles", "metres", "meters", "metre", "meter",
        "kg", "kilograms", "kilos", "tonnes", "tons", "tonne", "ton", "mm", "cm", "feet", "ft", "acres", "hectares", "litres", "liters",
        "sq", "square", "degrees", "calibre", "caliber",
    ];

    private static readonly string[] NameFreePrefixes =
    [
        "mid", "pre", "post", "early", "late", "non", "anti", "over", "under", "top", "all", "re", "ex", "about", "some", "around",
    ];

    /// <summary>A month name, capitalised as dates are ("March 5", not "troops march 20 km", "5 may die").</summary>
    [Flags]
    private enum Cue
    {
        None = 0,
        Month = 1,
        Currency = 2,
        TimeUnit = 4,
        Measure = 8,
        Percent = 16,
        Clock = 32,
        AgeLead = 64,
        NameFree = 128,
    }

    // One case-insensitive table for every cue word, so each neighbour costs one lookup.
    private static readonly FrozenDictionary<string, Cue> Cues = BuildCues();

    private static readonly Claims.WordMap<Cue> CueLookup = new(Cues);

    private static FrozenDictionary<string, Cue> BuildCues()
    {
        var d = new Dictionary<string, Cue>(StringComparer.OrdinalIgnoreCase);
        void Add(Cue cue, IEnumerable<string> words)
        {
            foreach (var w in words)
            {
                d[w] = d.GetValueOrDefault(w) | cue;
            }
        }
        Add(Cue.Month, Months);
        Add(Cue.Currency, CurrencyWords);
        Add(Cue.TimeUnit, TimeUnits);
        Add(Cue.Measure, MeasureUnits);
        Add(Cue.Percent, ["percent", "pct", "percentage"]);
        Add(Cue.Clock, ["am", "pm", "GMT", "UTC"]);
        Add(Cue.AgeLead, ["aged", "ages", "age"]);
        Add(Cue.NameFree, NameFreePrefixes);
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static Cue CueOf(string s, int start, int end) =>
        end > start && end - start <= 12 && CueLookup.TryGetValue(s.AsSpan(start, end - start), out var cue) ? cue : Cue.None;

    private static bool Is(string s, (int Start, int End) word, string expected) =>
        s.AsSpan(word.Start, word.End - word.Start).Equals(expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>A month name, capitalised as dates are ("March 5", not "troops march 20 km", "5 may die").</summary>
    internal static bool IsMonth(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= 12 && char.IsUpper(word[0]) && CueLookup.TryGetValue(word, out var cue) && (cue & Cue.Month) != 0;

    private static bool IsMonth(string s, (int Start, int End) word) => IsMonth(s.AsSpan(word.Start, word.End - word.Start));

    private static bool IsCurrencySymbol(char c) => c is '$' or '£' or '€' or '¥' or '₹' or '₽' or '₴' or '₪';

    /// <summary>A currency sign or code right before <paramref name="pos"/> ("$20", "US$ 1MM", "£1.5m").</summary>
    internal static bool MoneyBefore(string s, int pos)
    {
        var p = pos;
        if (p > 0 && s[p - 1] is '-' or '\u2212')
        {
            p--;
        }
        while (p > 0 && NumberScanner.IsInlineSpace(s[p - 1]) && pos - p < 2)
        {
            p--;
        }
        if (p > 0 && IsCurrencySymbol(s[p - 1]))
        {
            return true;
        }
        var (ws, we) = WordBefore(s, p);
        return we == p && (CueOf(s, ws, we) & Cue.Currency) != 0;
    }

    private static (int Start, int End) WordBefore(string s, int pos)
    {
        var p = pos;
        while (p > 0 && NumberScanner.IsInlineSpace(s[p - 1]))
        {
            p--;
        }
        if (p > 1 && s[p - 1] == '.' && char.IsLetter(s[p - 2]))
        {
            // "Feb. 23"
            p--;
        }
        var e = p;
        while (p > 0 && char.IsLetter(s[p - 1]))
        {
            p--;
        }
        return (p, e);
    }

    private static (int Start, int End) WordAfter(string s, int pos)
    {
        var p = pos;
        while (p < s.Length && (NumberScanner.IsInlineSpace(s[p]) || s[p] is '-' or '\u2010' or '\u2011'))
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

    // "40,000 Sudanese pounds", "150,000 Lebanese pounds", "20 US dollars": a currency named by its country's
    // adjective (a capitalised word) between the figure and the currency word. Markets and prices in features and
    // aid updates quote local money so (Unseen76 aljazeera-tawila; golden case a_country_named_currency_is_money).
    private static bool CountryCurrency(string s, (int Start, int End) next, (int Start, int End) after) =>
        next.End > next.Start && char.IsUpper(s[next.Start]) && (CueOf(s, after.Start, after.End) & Cue.Currency) != 0;

    /// <summary>A unit of time or measure right after <paramref name="pos"/> ("24 hours", "10 km").</summary>
    internal static bool UnitAfter(string s, int pos)
    {
        var (b, e) = WordAfter(s, pos);
        return (CueOf(s, b, e) & (Cue.TimeUnit | Cue.Measure)) != 0;
    }

    internal static bool AgeBefore(string s, int pos)
    {
        var (b, e) = WordBefore(s, pos);
        return (CueOf(s, b, e) & Cue.AgeLead) != 0;
    }

    internal static NumberTraits Of(string s, NumberAtom a)
    {
        var t = NumberTraits.None;
        var n = s.Length;
        var start = a.Start;
        var end = a.End;
        if (a.Ordinal)
        {
            t |= NumberTraits.Ordinal;
        }
        if (a.Fraction)
        {
            t |= NumberTraits.Fraction;
        }
        var next = WordAfter(s, end);
        var nextCue = CueOf(s, next.Start, next.End);
        var after = WordAfter(s, next.End);
        var p = end;
        while (p < n && NumberScanner.IsInlineSpace(s[p]))
        {
            p++;
        }
        if ((p < n && s[p] == '%') || (nextCue & Cue.Percent) != 0 || (Is(s, next, "per") && Is(s, after, "cent")))
        {
            t |= NumberTraits.Percent;
        }
        if (MoneyBefore(s, start) || (nextCue & Cue.Currency) != 0
            || (Is(s, next, "of") && (CueOf(s, after.Start, after.End) & Cue.Currency) != 0)
            || CountryCurrency(s, next, after))
        {
            t |= NumberTraits.Money;
        }
        if (a.PlainInt && a.IntDigits == 4 && a.Value is >= 1000 and <= 2199)
        {
            t |= NumberTraits.YearLike;
        }
        var before = WordBefore(s, start);
        if ((before.End > before.Start && before.End >= LastNonSpace(s, start) - 1 && IsMonth(s, before) && a.PlainInt && a.Value <= 31)
            || (next.End > next.Start && IsMonth(s, next) && a.PlainInt && a.Value is >= 1 and <= 31 && !HasHyphenBetween(s, end, next.Start))
            || InDateChain(s, start, end) || DottedDayMonth(s, start, end, before, next))
        {
            t |= NumberTraits.Date;
        }
        if ((end < n - 1 && s[end] == ':' && DigitNumber.IsDigit(s[end + 1])) || (start > 1 && s[start - 1] == ':' && DigitNumber.IsDigit(s[start - 2]))
            || (nextCue & Cue.Clock) != 0)
        {
            t |= NumberTraits.Time;
        }
        if ((nextCue & Cue.TimeUnit) != 0)
        {
            t |= Is(s, after, "old") ? NumberTraits.Age : NumberTraits.Duration;
        }
        if ((CueOf(s, before.Start, before.End) & Cue.AgeLead) != 0 || InAgeList(s, start))
        {
            t |= NumberTraits.Age;
        }
        if ((nextCue & Cue.Measure) != 0)
        {
            t |= NumberTraits.Measure;
        }
        if (start > 1 && s[start - 1] is '-' or '\u2010' or '\u2011' && char.IsLetter(s[start - 2]))
        {
            var (nb, ne) = WordBefore(s, start - 1);
            if (ne - nb is >= 1 and <= 8 && (CueOf(s, nb, ne) & Cue.NameFree) == 0)
            {
                t |= NumberTraits.ModelName;
            }
        }
        return t;
    }

    // Words that open or join day.month dates in translated Ukrainian and Russian copy: "from 24.02 to 27.06", "on 26.06".
    private static readonly string[] DayMonthLeads = ["from", "to", "on", "since", "until", "till", "by", "as", "of"];
    private static readonly string[] Magnitudes = ["million", "billion", "thousand", "trillion", "m", "bn", "mln"];

    /// <summary>
    /// "the total combat losses of the enemy from 24.02 to 27.06 amounted to 35,250", "on 26.06 were evacuated 512": a
    /// day and a two-digit month joined by a dot, after a word that opens or joins dates (or before "to"), is a date, not
    /// the decimal 24.02; machine-translated copy writes dates so (Unseen83 ukraine-nachrichten). Read as a number it
    /// stood between the losses and their figure and cut the fate off.
    /// </summary>
    private static bool DottedDayMonth(string s, int start, int end, (int Start, int End) before, (int Start, int End) next)
    {
        var dot = s.IndexOf('.', start, end - start);
        if (dot < 1 || end - dot != 3 || dot - start is < 1 or > 2 || !DigitNumber.IsDigit(s[dot + 1]) || !DigitNumber.IsDigit(s[dot + 2]))
        {
            return false;
        }
        for (var k = start; k < dot; k++)
        {
            if (!DigitNumber.IsDigit(s[k]))
            {
                return false;
            }
        }
        var day = int.Parse(s.AsSpan(start, dot - start), System.Globalization.CultureInfo.InvariantCulture);
        var month = (s[dot + 1] - '0') * 10 + (s[dot + 2] - '0');
        return day is >= 1 and <= 31 && month is >= 1 and <= 12 && !Magnitudes.Any(w => Is(s, next, w))
            && ((before.End > before.Start && DayMonthLeads.Any(w => Is(s, before, w))) || (next.End > next.Start && Is(s, next, "to")));
    }

    private const int AgeListReach = 5;

    /// <summary>
    /// "three children aged 4, 12 and 16", "her two daughters, aged nine and 16": a number listed after an age lead, past
    /// commas and "and", is an age too, not a count (Unseen21 cbc-kyiv-massive-strike-live, Unseen sky-lviv-family-strike).
    /// </summary>
    private static bool InAgeList(string s, int start)
    {
        var pos = start;
        for (var step = 0; step < AgeListReach; step++)
        {
            var p = SkipSpaceBack(s, pos);
            var comma = p > 0 && s[p - 1] == ',';
            if (comma)
            {
                p = SkipSpaceBack(s, p - 1);
            }
            var (ws, we) = WordBefore(s, p);
            if (we == p && we > ws && Is(s, (ws, we), "and"))
            {
                p = SkipSpaceBack(s, ws);
                if (p > 0 && s[p - 1] == ',')
                {
                    p = SkipSpaceBack(s, p - 1);
                }
            }
            else if (!comma)
            {
                return false;
            }
            // The listed item before: digits, or a number word ("nine").
            var q = p;
            while (q > 0 && char.IsDigit(s[q - 1]))
            {
                q--;
            }
            if (q == p)
            {
                var (nb, ne) = WordBefore(s, p);
                if (ne != p || ne == nb || !NumberWord.TryGet(s.AsSpan(nb, ne - nb), out _))
                {
                    return false;
                }
                q = nb;
            }
            var lead = WordBefore(s, q);
            if ((CueOf(s, lead.Start, lead.End) & Cue.AgeLead) != 0)
            {
                return true;
            }
            pos = q;
        }
        return false;
    }

    private static int SkipSpaceBack(string s, int pos)
    {
        var p = pos;
        while (p > 0 && NumberScanner.IsInlineSpace(s[p - 1]))
        {
            p--;
        }
        return p;
    }

    private static int LastNonSpace(string s, int pos)
    {
        var p = pos;
        while (p > 0 && NumberScanner.IsInlineSpace(s[p - 1]))
        {
            p--;
        }
        return p;
    }

    private static bool HasHyphenBetween(string s, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (s[k] is '-' or '\u2010' or '\u2011')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"5/17/2018", "2024-10-05", "17.05.2018": digits joined to digits by / - or . on both sides.</summary>
    private static bool InDateChain(string s, int start, int end)
    {
        var before = start > 1 && s[start - 1] is '/' or '-' or '.' && DigitNumber.IsDigit(s[start - 2]);
        var after = end + 1 < s.Length && s[end] is '/' or '-' or '.' && DigitNumber.IsDigit(s[end + 1]);
        if (!before && !after)
        {
            return false;
        }
        var sep = before ? s[start - 1] : s[end];
        var first = start;
        if (before)
        {
            first = start - 1;
            while (first > 0 && (DigitNumber.IsDigit(s[first - 1]) || s[first - 1] == sep))
            {
                first--;
            }
        }
        var last = end;
        while (last < s.Length && (DigitNumber.IsDigit(s[last]) || s[last] == sep))
        {
            last++;
        }
        var seps = 0;
        for (var k = first; k < last; k++)
        {
            seps += s[k] == sep ? 1 : 0;
        }
        // "12.03.2024" is a date, "192.168.1.2" is not.
        return (seps == 2 && (sep != '.' || last - first <= 10)) || (sep == '-' && seps == 1 && last - first == 7 && s[first + 4] == '-');
    }
}
