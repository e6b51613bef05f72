using System.Collections.Frozen;
using System.Text.Json;

namespace ClaimTracker.Core.Claims;

/// <summary>A people or country named in the text: its adjective ("North Korean") and ISO country code.</summary>
internal sealed record Nationality(string Adjective, string Country)
{
    private static readonly FrozenDictionary<string, Nationality> ByPhrase = Build().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    private static readonly WordMap<Nationality> Lookup = new(ByPhrase);

    // Most capitalised words name no people: the sieve turns them away before the hash.
    private static readonly WordSieve Sieve = new(ByPhrase.Keys);
    private static readonly WordSet LanguageNouns = WordLists.Set("languageNouns");
    private static readonly WordSet CurrencyNouns = WordLists.Set("currencyNouns");

    private static readonly FrozenDictionary<string, Nationality> ByCountry = ByPhrase.Values
        .GroupBy(n => n.Country, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The nationality of an ISO country code ("US" → American), as the source registry gives countries.</summary>
    public static Nationality? OfCountry(string? country) => country is null ? null : ByCountry.GetValueOrDefault(country);

    /// <summary>Every phrase that names a nationality (adjectives, countries, capitals) with its ISO country code.</summary>
    public static IEnumerable<(string Phrase, string Country)> Names() => ByPhrase.Select(p => (p.Key, p.Value.Country));

    /// <summary>The nationality a whole phrase names ("Sudanese", "Sudan", "Khartoum"), or null; for proposed sources.</summary>
    public static Nationality? OfPhrase(string phrase) => ByPhrase.GetValueOrDefault(phrase);

    /// <summary>Whether the text names the country of ISO code <paramref name="country"/> anywhere ("North Korea", "Pyongyang", "North Korean").</summary>
    public static bool IsNamedIn(string text, string country)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (At(text, tokens, i) is { } named)
            {
                if (named.Nationality.Country == country)
                {
                    return true;
                }
                i += named.Tokens - 1;
            }
        }
        return false;
    }

    /// <summary>Whether one capitalised word names a people or country ("Lebanese", "Palestinians", "Sudan").</summary>
    public static bool Names(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsUpper(word[0]) && Sieve.MayContain(word) && Lookup.TryGetValue(word, out _);

    /// <summary>
    /// The nationality named by the words starting at token <paramref name="index"/> (up to three words:
    /// "North Korean", "United States"), with the number of tokens it covers; null when there is none.
    /// </summary>
    public static (Nationality Nationality, int Tokens)? At(string text, List<Token> tokens, int index)
    {
        if (index >= tokens.Count || !tokens[index].IsWord || !char.IsUpper(text[tokens[index].Start]))
        {
            return null;
        }
        for (var n = Math.Min(3, tokens.Count - index); n >= 1; n--)
        {
            var last = tokens[index + n - 1];
            if (!last.IsWord)
            {
                continue;
            }
            var span = text.AsSpan(tokens[index].Start, last.End - tokens[index].Start);
            // The sieve first: it turns most spans away in a few instructions, before the walk over their characters.
            if (n > 1 && !(Sieve.MayContain(span) && SpacedWords(span, n)))
            {
                continue;
            }
            if (n == 1 && span.Contains('.'))
            {
                span = WithoutDots(span);
            }
            if (Sieve.MayContain(span) && Lookup.TryGetValue(span, out var found))
            {
                return NamesALanguage(text, tokens, index + n) || NamesACurrency(text, tokens, index + n) ? null : (found, n);
            }
        }
        return null;
    }

    // "Doctors Without Borders, known by its French initials MSF, said about 10,000 people had reached Tawila": a demonym
    // before a word for a name's letters (populations.json languageNouns) is the language the name is spelt in, no people
    // of the sentence (Unseen68 punch-afp). Golden case: a_names_language_is_no_people.
    private static bool NamesALanguage(string text, List<Token> tokens, int next) =>
        next < tokens.Count && tokens[next].IsWord && LanguageNouns.Contains(text.AsSpan(tokens[next].Start, tokens[next].Length));

    // "The plan seeks US$ 1.2 billion to assist 2.7 million people" (Unseen84 unrwa, ochaun, unicef): a nation's initials
    // glued to a currency sign ("US$", "A$", "HK$") or before a currency noun ("US dollars") name the money, no people of
    // the sentence, and the people the money is for took "American". Golden case: a_currency_is_no_nation.
    private static bool NamesACurrency(string text, List<Token> tokens, int next)
    {
        var end = tokens[next - 1].End;
        return (end < text.Length && text[end] == '$')
            || (next < tokens.Count && tokens[next].IsWord && CurrencyNouns.Contains(text.AsSpan(tokens[next].Start, tokens[next].Length)));
    }

    private static bool SpacedWords(ReadOnlySpan<char> span, int words)
    {
        // "N. Korea": an initial's dot is a token of its own, as a space parts two.
        var parts = 0;
        foreach (var c in span)
        {
            if (c is ' ' or '.')
            {
                parts++;
            }
            else if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }
        return parts == words - 1;
    }

    private static ReadOnlySpan<char> WithoutDots(ReadOnlySpan<char> span)
    {
        var chars = new char[span.Length];
        var n = 0;
        foreach (var c in span)
        {
            if (c != '.')
            {
                chars[n++] = c;
            }
        }
        return chars.AsSpan(0, n);
    }

    // Claims/Words/nationalities.json, in file order: a later entry takes a phrase an earlier one also lists.
    private static Dictionary<string, Nationality> Build()
    {
        var map = new Dictionary<string, Nationality>(StringComparer.OrdinalIgnoreCase);
        const string resource = "ClaimTracker.Core.Claims.Words.nationalities.json";
        using var stream = typeof(Nationality).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded word file {resource} is missing.");
        using var document = JsonDocument.Parse(stream);
        foreach (var entry in document.RootElement.GetProperty("nationalities").EnumerateArray())
        {
            var nationality = new Nationality(entry.GetProperty("adjective").GetString()!, entry.GetProperty("country").GetString()!);
            map[nationality.Adjective] = nationality;
            foreach (var phrase in entry.GetProperty("phrases").EnumerateArray())
            {
                map[phrase.GetString()!] = nationality;
            }
        }
        return map;
    }
}
