using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Sources;

/// <summary>
/// A source to propose to editors from an attribution the registry does not know ("Sudan's health ministry",
/// "Ali Karimi, a spokesman for the Sudan Doctors Union"): a short name, the words as written, and the country the
/// words name, if any. Only names are proposed: "officials", "the ministry" or "he" name nobody an editor could register.
/// </summary>
public sealed record ProposedSource(string Name, string FullName, string? Country)
{
    /// <summary>What sort of body the words name, from their head words ("ministry", "army", "spokesman"); Other when unclear.</summary>
    public SourceKind Kind { get; init; }

    public const int MaxNameLength = 100;
    private const int MaxWords = 14;

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "some", "several", "two", "three", "one", "senior", "according", "to",
    };

    // A person speaking for a body first ("a spokesman for the army" is an official), then the body's own head word.
    private static readonly (SourceKind Kind, string[] Words)[] KindWords =
    [
        (SourceKind.Official, ["spokesman", "spokeswoman", "spokesperson", "minister", "governor", "mayor", "commander", "chief", "director", "head"]),
        (SourceKind.Military, ["army", "forces", "military", "brigade", "brigades", "militia", "guard", "command", "battalion", "regiment", "navy"]),
        (SourceKind.Government, ["ministry", "government", "authorities", "authority", "presidency", "council", "office", "bureau", "department", "administration"]),
        (SourceKind.Ngo, ["committee", "society", "union", "network", "association", "foundation", "group", "crescent", "watch"]),
    ];

    // Capitalised at a sentence start, or common nouns: none of these makes a name.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "officials", "official", "authorities", "sources", "source",
        "diplomats", "diplomat", "witnesses", "residents", "analysts", "experts", "spokesman", "spokeswoman", "spokesperson", "ministry",
        "agency", "government", "army", "military", "police", "group", "the", "a", "an", "some", "several", "according", "to",
        "statement", "report", "reports", "data", "figures", "estimates", "people", "activists", "medics", "doctors", "rescuers",
    };

    /// <summary>The proposal for <paramref name="mention"/>, or null when the words name no one in particular.</summary>
    public static ProposedSource? From(string? mention)
    {
        if (string.IsNullOrWhiteSpace(mention))
        {
            return null;
        }
        var words = mention.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        while (words.Count > 0 && Determiners.Contains(words[0]))
        {
            words.RemoveAt(0);
        }
        if (words.Count is 0 or > MaxWords || !words.Exists(IsNameWord))
        {
            return null;
        }
        var fullName = string.Join(' ', words).Trim(',', '.', ';', ':', '"', '\u201C', '\u201D');
        var name = fullName.Length <= MaxNameLength ? fullName : fullName[..MaxNameLength].TrimEnd();
        return new ProposedSource(name, fullName, CountryOf(words)) { Kind = KindOf(words) };
    }

    private static SourceKind KindOf(List<string> words)
    {
        var bare = words.Select(w => Bare(w).ToLowerInvariant()).ToHashSet();
        foreach (var (kind, heads) in KindWords)
        {
            if (heads.Any(bare.Contains))
            {
                return kind;
            }
        }
        return SourceKind.Other;
    }

    private static bool IsNameWord(string word)
    {
        var bare = Bare(word);
        return bare.Length > 0 && char.IsUpper(bare[0]) && !NotNames.Contains(bare);
    }

    /// <summary>The ISO code of the first country, people or capital the words name ("Sudan's", "Lebanese", "in Khartoum").</summary>
    private static string? CountryOf(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = Math.Min(3, words.Count - i); n >= 1; n--)
            {
                var phrase = string.Join(' ', words.Skip(i).Take(n).Select(Bare));
                if (phrase.Length > 0 && char.IsUpper(phrase[0]) && Nationality.OfPhrase(phrase) is { } nationality)
                {
                    return nationality.Country;
                }
            }
        }
        return null;
    }

    // "Sudan's" → "Sudan", "ministry," → "ministry".
    private static string Bare(string word)
    {
        var w = word.Trim(',', '.', ';', ':', '"', '(', ')', '\u201C', '\u201D');
        foreach (var possessive in (string[])["'s", "\u2019s", "'", "\u2019"])
        {
            if (w.EndsWith(possessive, StringComparison.OrdinalIgnoreCase))
            {
                return w[..^possessive.Length];
            }
        }
        return w;
    }
}
