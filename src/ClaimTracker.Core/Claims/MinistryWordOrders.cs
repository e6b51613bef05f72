using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A ministry is written in several word orders: "the Palestinian Health Ministry", "the Palestinian Ministry of
/// Health", "the Health Ministry in Gaza", "Lebanon's Ministry of Public Health", "the Lebanese Minister of Health". The
/// registry lists some orders per ministry and never all, so a report using the one it lacks ("…, the Palestinian
/// Ministry of Health said", Unseen42 cnn-khan-younis) credited nobody. This builds the other orders of every
/// registered ministry alias from the portfolio pairs in attribution.json (<c>ministryWordOrderPortfolios</c>,
/// "health:Public Health"), keeping the alias's own qualifier ("Palestinian", "Hamas-run", "Lebanon's") and place ("in
/// Gaza"); "X's" and "in X" swap where X is a nationality phrase. A phrase two sources would both get is left out.
/// Golden case: ministry_named_in_another_word_order.
/// </summary>
internal static class MinistryWordOrders
{
    private static readonly WordSet Heads = WordLists.Set("ministryWordOrderHeads");
    private static readonly WordSet PlaceLinks = WordLists.Set("ministryWordOrderPlaceLinks");
    private static readonly (string Adjective, string OfForm)[] Portfolios =
        [.. WordLists.Set("ministryWordOrderPortfolios").Words.Select(w => w.Split(':')).Select(p => (p[0], p[1]))];

    /// <summary>Every other word order of the registry's ministry aliases, with the source each names.</summary>
    public static IEnumerable<(string Phrase, SourceDefinition Source)> Phrases(IReadOnlyList<SourceDefinition> sources)
    {
        var known = new HashSet<string>(sources.SelectMany(s => s.Aliases.Append(s.Name).Append(s.FullName)), StringComparer.OrdinalIgnoreCase);
        var built = new Dictionary<string, SourceDefinition?>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources)
        {
            foreach (var alias in source.Aliases)
            {
                foreach (var phrase in Orders(alias))
                {
                    if (known.Contains(phrase))
                    {
                        continue;
                    }
                    // Two ministries reached by one phrase: it names neither for sure.
                    built[phrase] = built.TryGetValue(phrase, out var other) && other != source ? null : source;
                }
            }
        }
        return built.Where(p => p.Value is not null).Select(p => (p.Key, p.Value!));
    }

    /// <summary>The other word orders of one alias, or none when it is no "qualifier portfolio ministry" phrase.</summary>
    internal static IEnumerable<string> Orders(string alias)
    {
        // A bare "Ministry of Health" names no country: only a qualified or placed alias has other orders.
        if (Parse(alias.Split(' ', StringSplitOptions.RemoveEmptyEntries)) is not (var qualifier, var head, var pairs, var place) || qualifier.Length + place.Length == 0)
        {
            yield break;
        }
        foreach (var (q, p) in Framings(qualifier, place))
        {
            foreach (var (adjective, ofForm) in pairs)
            {
                yield return Join(q, $"{adjective} {head}", p);
                yield return Join(q, $"{Capital(head)} of {ofForm}", p);
            }
        }
    }

    // The alias's own qualifier and place, and where only one is written and it is a nationality phrase, the other:
    // "Lebanon's" opening an alias and "in Lebanon" closing it name the same country.
    private static IEnumerable<(string Qualifier, string Place)> Framings(string qualifier, string place)
    {
        yield return (qualifier, place);
        if (qualifier.Length == 0 && place.Split(' ', 2) is [_, var name] && !name.Contains(' ') && Nationality.OfPhrase(name) is not null)
        {
            yield return ($"{name}'s", "");
        }
        if (place.Length == 0 && qualifier.EndsWith("'s", StringComparison.Ordinal) && !qualifier.Contains(' ')
            && Nationality.OfPhrase(qualifier[..^2]) is not null)
        {
            yield return ("", $"in {qualifier[..^2]}");
        }
    }

    private static string Join(string qualifier, string body, string place) =>
        string.Join(' ', new[] { qualifier, body, place }.Where(w => w.Length > 0));

    private static string Capital(string head) => char.ToUpperInvariant(head[0]) + head[1..];

    // (qualifier, head, the portfolio pairs it may take, place), or null.
    private static (string, string, List<(string, string)>, string)? Parse(string[] words)
    {
        for (var h = 0; h < words.Length; h++)
        {
            if (!Heads.Contains(words[h]))
            {
                continue;
            }
            // "… Ministry of Public Health (in Gaza)": the portfolio after "of", up to a place link.
            if (h + 2 < words.Length && words[h + 1].Equals("of", StringComparison.OrdinalIgnoreCase)
                && Portfolio(words, h + 2, out var ofEnd, ofForm: true) is { Count: > 0 } afterOf)
            {
                return Shape(words, h, h, afterOf, ofEnd);
            }
            // "… Public Health Ministry (in Gaza)": the portfolio right before the head.
            for (var start = Math.Max(0, h - 2); start < h; start++)
            {
                if (Portfolio(words[start..h], 0, out var end, ofForm: false) is { Count: > 0 } before && end == h - start)
                {
                    return Shape(words, start, h, before, h + 1);
                }
            }
            return null;
        }
        return null;
    }

    private static (string, string, List<(string, string)>, string)? Shape(string[] words, int qualifierEnd, int head, List<(string, string)> pairs, int rest)
    {
        var place = string.Join(' ', words[rest..]);
        if (rest < words.Length && !PlaceLinks.Contains(words[rest]))
        {
            return null;
        }
        return (string.Join(' ', words[..qualifierEnd]), words[head].ToLowerInvariant(), pairs, place);
    }

    // The pairs sharing a portfolio form with the longest one written from index start; end is where it stops.
    private static List<(string, string)> Portfolio(string[] words, int start, out int end, bool ofForm)
    {
        end = start;
        var found = new List<(string, string)>();
        for (var n = Math.Min(2, words.Length - start); n >= 1 && found.Count == 0; n--)
        {
            var written = string.Join(' ', words[start..(start + n)]);
            foreach (var pair in Portfolios)
            {
                if ((ofForm ? pair.OfForm : pair.Adjective).Equals(written, StringComparison.OrdinalIgnoreCase))
                {
                    found.AddRange(Portfolios.Where(p => p.Adjective.Equals(pair.Adjective, StringComparison.OrdinalIgnoreCase) || p.OfForm.Equals(pair.OfForm, StringComparison.OrdinalIgnoreCase)));
                    end = start + n;
                }
            }
        }
        return [.. found.Distinct()];
    }
}
