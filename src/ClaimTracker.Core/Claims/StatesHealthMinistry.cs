using System.Buffers;
using System.Text.RegularExpressions;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "the Khartoum state Ministry of Health said", "the North Darfur state health ministry", "the health ministry in Gezira
/// state": a federal state's health ministry reports the casualties its hospitals receive and speaks for the country's
/// health authorities, as the gold files credit it (the country's health ministry; Unseen33 dabanga-allafrica-sabreen).
/// Read as a name it named nobody, so the lede and the ministry's later breakdown ("the ministry said") went unsourced.
/// A state is one of attribution.json <c>federalStates</c> ("Gezira:SD"), followed by "state"; the country's health
/// ministry is the registry's "&lt;Adjective&gt; Health Ministry"; a country without one keeps the mention unregistered.
/// Golden case: a_federal_states_health_ministry.
/// </summary>
internal static partial class StatesHealthMinistry
{
    private static readonly Dictionary<string, string> States = WordLists.Pairs(WordLists.Set("federalStates"));

    // "Khartoum state Ministry of Health", "River Nile State health ministry", "Gezira state's health ministry".
    [GeneratedRegex(@"\b(?<place>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) [Ss]tate(?:'s|’s)? (?:Ministry of Health|[Hh]ealth [Mm]inistry)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex StateBefore();

    // "the health ministry in Gezira state", "the Ministry of Health of North Darfur State".
    [GeneratedRegex(@"\b(?:[Hh]ealth [Mm]inistry|Ministry of Health) (?:in|of) (?:the )?(?<place>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) [Ss]tate\b", RegexOptions.CultureInvariant)]
    internal static partial Regex StateAfter();

    // The three spellings sought in one pass of the text, where three ordinal searches each read all of a text that
    // names none (most of them; ~0.3 % of the extractor on the bench's corpus, branch `speed31`).
    private static readonly SearchValues<string> MinistryNames = SearchValues.Create(["Ministry of Health", "ealth ministry", "ealth Ministry"], StringComparison.Ordinal);

    /// <summary>The mentions with every federal state's health ministry added, in text order, and mentions inside it dropped.</summary>
    public static IReadOnlyList<SourceMention> With(string text, SourceRegistry registry, IReadOnlyList<SourceMention> mentions)
    {
        // Both patterns hold "Ministry of Health" or "[Hh]ealth [Mm]inistry": a text with none of them is not scanned,
        // where "ministry" alone let most reports through to two regex scans of the whole text (issue 10 item 4).
        if (!NamesAHealthMinistry(text))
        {
            return mentions;
        }
        // Both also hold " state" or " State" before a non-word character ("state", "State's"): "United States", "statement"
        // and no state at all, most Gaza reports that name the health ministry, are not scanned (issue 10 deliver 4).
        if (!NamesAState(text))
        {
            return mentions;
        }
        List<SourceMention>? added = null;
        foreach (var pattern in (ReadOnlySpan<Regex>)[StateBefore(), StateAfter()])
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (Ministry(registry, match.Groups["place"].Value) is { } source)
                {
                    (added ??= []).Add(new SourceMention(match.Value, match.Index, match.Index + match.Length, source));
                }
            }
        }
        if (added is null)
        {
            return mentions;
        }
        var kept = mentions.Where(m => !added.Exists(a => m.Start >= a.Start && m.End <= a.End));
        return [.. kept.Concat(added).OrderBy(m => m.Start)];
    }

    /// <summary>Whether "Ministry of Health", "ealth ministry" or "ealth Ministry" stands anywhere in the text.</summary>
    internal static bool NamesAHealthMinistry(string text) => text.AsSpan().ContainsAny(MinistryNames);

    /// <summary>Whether " state" or " State" stands anywhere before a character that is no letter or digit, or at the end.</summary>
    internal static bool NamesAState(string text)
    {
        foreach (var word in (ReadOnlySpan<string>)[" state", " State"])
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                var after = at + word.Length;
                if (after == text.Length || !(char.IsLetterOrDigit(text[after]) || text[after] == '_'))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // "North Darfur" is a state of Sudan, whose health ministry the registry files as "Sudanese Health Ministry".
    private static SourceDefinition? Ministry(SourceRegistry registry, string place)
    {
        var words = place.Split(' ');
        // "Omdurman Khartoum state": only the words that name the state, the last one or two.
        var state = States.ContainsKey(place) ? place : words.Length > 1 && States.ContainsKey(words[^1]) ? words[^1] : null;
        return state is not null && Nationality.OfCountry(States[state]) is { } people ? registry.Find(people.Adjective + " Health Ministry") : null;
    }
}
