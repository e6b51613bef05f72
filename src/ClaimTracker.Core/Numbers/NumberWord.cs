using System.Collections.Frozen;

namespace ClaimTracker.Core.Numbers;

/// <summary>The grammatical role a number word plays when numbers are composed from words.</summary>
internal enum WordClass : byte
{
    Unit,       // zero .. nine
    Teen,       // ten .. nineteen
    Tens,       // twenty .. ninety
    Hundred,
    Scale,      // thousand, million, lakh, crore, billion, trillion, bn, mln ...
    Dozen,
    Ordinal,    // first .. ninth, tenth, twentieth, hundredth, millionth (and plurals)
    Half,
    Quarter,
    Article,    // a, an: "a hundred", "a dozen", "a fifth"
    Minus,      // minus, negative
    Point,      // "two point five"
    VagueLead,  // several, few, many, tens, scores
}

/// <summary>One entry of the number vocabulary: its class, value and whether it is a plural form.</summary>
internal readonly record struct NumberWord(WordClass Class, double Value, bool Plural)
{
    private static readonly FrozenDictionary<string, NumberWord> Words = Build();

    /// <summary>Case-insensitive, allocation-free lookup of a word span.</summary>
    internal static readonly Claims.WordMap<NumberWord> Lookup = new(Words);

    // Most words of a text are not number words: the sieve turns them away before the hash.
    private static readonly Claims.WordSieve Sieve = new(Words.Keys);

    internal static bool TryGet(ReadOnlySpan<char> word, out NumberWord found)
    {
        if (word.Length is 0 or > 12 || !Sieve.MayContain(word))
        {
            found = default;
            return false;
        }
        return Lookup.TryGetValue(word, out found);
    }

    private static FrozenDictionary<string, NumberWord> Build()
    {
        var d = new Dictionary<string, NumberWord>(StringComparer.OrdinalIgnoreCase);
        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        string[] teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        string[] unitOrdinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
        string[] teenOrdinals = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        string[] tensOrdinals = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
        for (var i = 0; i < units.Length; i++)
        {
            d[units[i]] = new(WordClass.Unit, i, false);
        }
        d["nought"] = new(WordClass.Unit, 0, false);
        d["naught"] = new(WordClass.Unit, 0, false);
        for (var i = 0; i < teens.Length; i++)
        {
            d[teens[i]] = new(WordClass.Teen, 10 + i, false);
        }
        for (var i = 0; i < tens.Length; i++)
        {
            d[tens[i]] = new(WordClass.Tens, 20 + (10 * i), false);
        }
        for (var i = 0; i < unitOrdinals.Length; i++)
        {
            AddOrdinal(d, unitOrdinals[i], i + 1);
        }
        for (var i = 0; i < teenOrdinals.Length; i++)
        {
            AddOrdinal(d, teenOrdinals[i], 10 + i);
        }
        for (var i = 0; i < tensOrdinals.Length; i++)
        {
            AddOrdinal(d, tensOrdinals[i], 20 + (10 * i));
        }
        AddOrdinal(d, "hundredth", 100);
        AddOrdinal(d, "thousandth", 1e3);
        AddOrdinal(d, "millionth", 1e6);
        AddOrdinal(d, "billionth", 1e9);
        AddOrdinal(d, "trillionth", 1e12);
        d["hundred"] = new(WordClass.Hundred, 100, false);
        d["hundreds"] = new(WordClass.Hundred, 100, true);
        AddScale(d, "thousand", 1e3);
        AddScale(d, "million", 1e6);
        AddScale(d, "billion", 1e9);
        AddScale(d, "trillion", 1e12);
        AddScale(d, "lakh", 1e5);
        AddScale(d, "crore", 1e7);
        foreach (var (abbr, value) in new[] { ("mln", 1e6), ("mn", 1e6), ("mil", 1e6), ("bn", 1e9), ("bln", 1e9), ("tn", 1e12), ("tln", 1e12) })
        {
            d[abbr] = new(WordClass.Scale, value, false);
        }
        d["dozen"] = new(WordClass.Dozen, 12, false);
        d["dozens"] = new(WordClass.Dozen, 12, true);
        d["doz"] = new(WordClass.Dozen, 12, false);
        d["dozs"] = new(WordClass.Dozen, 12, true);
        d["dz"] = new(WordClass.Dozen, 12, false);
        d["dzs"] = new(WordClass.Dozen, 12, true);
        d["half"] = new(WordClass.Half, 2, false);
        d["halves"] = new(WordClass.Half, 2, true);
        d["quarter"] = new(WordClass.Quarter, 4, false);
        d["quarters"] = new(WordClass.Quarter, 4, true);
        d["a"] = new(WordClass.Article, 1, false);
        d["an"] = new(WordClass.Article, 1, false);
        d["minus"] = new(WordClass.Minus, -1, false);
        d["negative"] = new(WordClass.Minus, -1, false);
        d["point"] = new(WordClass.Point, 0, false);
        d["several"] = new(WordClass.VagueLead, 0, false);
        d["few"] = new(WordClass.VagueLead, 0, false);
        d["many"] = new(WordClass.VagueLead, 0, false);
        d["tens"] = new(WordClass.VagueLead, 10, true);
        d["scores"] = new(WordClass.VagueLead, 20, true);
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void AddOrdinal(Dictionary<string, NumberWord> d, string word, double value)
    {
        d[word] = new(WordClass.Ordinal, value, false);
        d[word + "s"] = new(WordClass.Ordinal, value, true);
    }

    private static void AddScale(Dictionary<string, NumberWord> d, string word, double value)
    {
        d[word] = new(WordClass.Scale, value, false);
        d[word + "s"] = new(WordClass.Scale, value, true);
    }
}
