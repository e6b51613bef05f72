using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "according to the Ministry of Health (MoH) in Gaza … according to MoH", "The Joint Chiefs of Staff (JCS) said … the JCS
/// said": an acronym a text introduces in brackets after a body's name names that body wherever it recurs. The name is
/// read without the bracket ("Ministry of Health in Gaza"), or, when the registry holds it only with its country
/// ("South Korea's Joint Chiefs of Staff"), as the body of the dateline's country whose alias ends with it. An acronym
/// the registry knows ("(AFP)", "(WHO)") is left to it. Golden cases: acronym_in_brackets_names_the_body,
/// acronym_in_brackets_of_the_dateline_countrys_body.
/// </summary>
internal static class IntroducedAcronym
{
    // How far before the bracket the name may start, and after it the words that finish it ("in Gaza").
    private const int NameBefore = 60;
    private const int NameAfter = 24;

    /// <summary>The mentions with the bracketed name and every later use of its acronym added, in text order.</summary>
    public static IReadOnlyList<SourceMention> With(string text, string? datelineCountry, SourceRegistry registry, IReadOnlyList<SourceMention> mentions)
    {
        List<SourceMention>? added = null;
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            if (Acronym(text, open) is not { } close)
            {
                continue;
            }
            var acronym = text[(open + 1)..close];
            // "(AFP)", "(WHO)": an acronym the registry knows already names its own body.
            if (registry.Resolve(acronym) is not null || Named(text, open, close, datelineCountry, registry, mentions) is not { } name)
            {
                continue;
            }
            added ??= [];
            if (!mentions.Any(m => m.Start <= name.Start && m.End >= name.End))
            {
                added.Add(name);
            }
            for (var at = text.IndexOf(acronym, close, StringComparison.Ordinal); at >= 0; at = text.IndexOf(acronym, at + acronym.Length, StringComparison.Ordinal))
            {
                var end = at + acronym.Length;
                if (IsWordEdge(text, at - 1) && IsWordEdge(text, end) && !mentions.Any(m => m.Start < end && m.End > at))
                {
                    added.Add(new SourceMention(acronym, at, end, name.Source));
                }
            }
        }
        return added is null ? mentions : [.. mentions.Concat(added).OrderBy(m => m.Start)];
    }

    // The index of the closing bracket of "(MoH)", "(JCS)": two to eight letters, at least two of them capitals.
    private static int? Acronym(string text, int open)
    {
        var close = text.IndexOf(')', open + 1);
        if (close < 0 || close - open - 1 is < 2 or > 8 || open == 0 || text[open - 1] != ' ')
        {
            return null;
        }
        var capitals = 0;
        for (var i = open + 1; i < close; i++)
        {
            if (!char.IsLetter(text[i]))
            {
                return null;
            }
            capitals += char.IsUpper(text[i]) ? 1 : 0;
        }
        return capitals >= 2 ? close : null;
    }

    // The body the words before the bracket name: a mention ending there, the registry's reading of the name with the
    // bracket taken out, or the dateline country's body whose alias ends with the capitalised words before it.
    private static SourceMention? Named(string text, int open, int close, string? datelineCountry, SourceRegistry registry, IReadOnlyList<SourceMention> mentions)
    {
        var before = open - 1;
        if (mentions.LastOrDefault(m => m.End == before) is { Source: not null } ending)
        {
            return ending;
        }
        var from = Math.Max(0, before - NameBefore);
        var to = Math.Min(text.Length, close + 1 + NameAfter);
        var joined = string.Concat(text.AsSpan(from, before - from), text.AsSpan(close + 1, to - close - 1));
        foreach (var m in registry.FindMentions(joined))
        {
            if (m.Source is not null && m.Start < before - from && m.End > before - from)
            {
                return new SourceMention(text[(from + m.Start)..(close + 1 + m.End - (before - from))], from + m.Start, close + 1 + m.End - (before - from), m.Source);
            }
        }
        return datelineCountry is null ? null : DatelineBody(text, from, before, datelineCountry, registry);
    }

    private static SourceMention? DatelineBody(string text, int from, int before, string country, SourceRegistry registry)
    {
        var start = before;
        while (start > from && (char.IsLetter(text[start - 1]) || text[start - 1] == ' '))
        {
            start--;
        }
        var words = text[start..before].Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => !char.IsUpper(w[0]) || w == "The").ToArray();
        if (words.Length < 2)
        {
            return null;
        }
        var name = string.Join(' ', words);
        foreach (var source in registry.Sources.Where(s => string.Equals(s.Country, country, StringComparison.OrdinalIgnoreCase)))
        {
            if (source.Aliases.Any(a => a.Length > name.Length && a.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase)))
            {
                return new SourceMention(name, before - name.Length, before, source);
            }
        }
        return null;
    }

    internal static bool IsWordEdge(string text, int i) => i < 0 || i >= text.Length || !char.IsLetterOrDigit(text[i]);
}
