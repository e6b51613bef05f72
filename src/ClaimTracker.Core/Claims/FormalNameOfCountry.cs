using System.Runtime.CompilerServices;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Joint Chiefs of Staff said the North appeared to have sent some 2,800 more troops" in a story filed from Seoul,
/// "according to the Ministry of Public Health's figures" in a story whose sentence is set in Lebanon: a body's formal
/// name written without the country the registry's alias opens with ("South Korea's Joint Chiefs of Staff", "Lebanon's
/// Ministry of Public Health"). Capitalised and several words long, the name is no anaphor ("the ministry"), so it was
/// neither matched nor resolved and the figure credited nobody (Unseen19 yonhap-lawmaker-budanov-briefing, Unseen79
/// joongang-sanctions-monitoring-team-report, Unseen86 thisisbeirut-counting-the-costs). The name is the body of the
/// country the story is placed in: the dateline's (or the title's) when one of the bodies bearing the name is that
/// country's, else the last such country named by its name or capital (not an adjective, which names the counted: "1,370
/// Russian casualties") in the sentence or the two before it ("in line with Seoul's own", "killed in Lebanon"), else the
/// headline's. A name no country's alias ends with, or one word long ("military"), is
/// left alone; so is a name whose country the story never places. Golden cases: a_formal_name_is_the_datelines_body,
/// a_formal_name_is_the_body_of_the_country_named_before, a_formal_name_of_no_placed_country_credits_nobody.
/// </summary>
internal static class FormalNameOfCountry
{
    private const int SentencesBack = 2;
    private static readonly WordSet CountNouns = WordLists.Set("countNouns");
    private static readonly WordSet LinkWords = new("of", "for", "and", "the", "on", "in");
    private static readonly ConditionalWeakTable<SourceRegistry, Dictionary<string, List<SourceDefinition>>> Tails = [];

    /// <summary>The bodies whose country-opened alias ends with the formal name <paramref name="words"/> stands for (none when it is no such name).</summary>
    public static List<SourceDefinition>? Bearers(string words, SourceRegistry registry)
    {
        var name = Name(words);
        return name is not null && Tails.GetValue(registry, Index).TryGetValue(name, out var bodies) ? bodies : null;
    }

    /// <summary>The body of <paramref name="bearers"/> whose country the story places: <paramref name="storyCountry"/>, else one named just before.</summary>
    public static SourceDefinition? Placed(List<SourceDefinition> bearers, string? storyCountry, string text, List<Sentence> sentences, int si, int before)
    {
        if (bearers.Find(b => b.Country == storyCountry) is { } filed)
        {
            return filed;
        }
        var tokens = new List<Token>();
        SourceDefinition? named = null;
        for (var k = Math.Max(0, si - SentencesBack); k <= si; k++)
        {
            // A headline naming places ("Israeli strikes in Lebanon and Syria kill 12") sets no body's country.
            if (sentences[k].IsHeading && k < si)
            {
                continue;
            }
            var end = Math.Min(sentences[k].End, before);
            if (end <= sentences[k].Start)
            {
                continue;
            }
            tokens.Clear();
            Token.Split(text, sentences[k].Start, end, tokens);
            named = NamedIn(bearers, text, tokens) ?? named;
        }
        return named;
    }

    // The bearer of the last country the tokens name by its name or capital.
    private static SourceDefinition? NamedIn(List<SourceDefinition> bearers, string text, List<Token> tokens)
    {
        SourceDefinition? named = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is { } n)
            {
                // "Seoul's own", "killed in Lebanon": a country or capital by name; "Russian casualties" names the counted.
                var written = text.AsSpan(tokens[i].Start, tokens[i + n.Tokens - 1].End - tokens[i].Start);
                named = written.Equals(n.Nationality.Adjective, StringComparison.OrdinalIgnoreCase) ? named : bearers.Find(b => b.Country == n.Nationality.Country) ?? named;
                i += n.Tokens - 1;
            }
        }
        return named;
    }

    // "The Joint Chiefs of Staff", "the Ministry of Public Health's figures": the capitalised name, without its article
    // or its figures; null for a single word or a name that does not open in capitals.
    private static string? Name(string words)
    {
        var name = words.Trim();
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..];
        }
        var possessive = Math.Max(name.LastIndexOf("'s", StringComparison.Ordinal), name.LastIndexOf("’s", StringComparison.Ordinal));
        if (possessive > 0 && (possessive + 2 == name.Length || CountNouns.Contains(name.AsSpan(possessive + 2).Trim())))
        {
            name = name[..possessive];
        }
        return name.Contains(' ', StringComparison.Ordinal) && TitleCased(name) ? name : null;
    }

    // "Joint Chiefs of Staff", "Ministry of Public Health": every word but a short link word opens in capitals, so a
    // sentence-initial "Health ministry" (an anaphor, placed by the headline's rules) is no formal name.
    private static bool TitleCased(string name)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(word[0]) && !LinkWords.Contains(word))
            {
                return false;
            }
        }
        return true;
    }

    // Every alias that opens with its body's own country ("South Korea's", "Lebanese") indexed by the rest of it.
    private static Dictionary<string, List<SourceDefinition>> Index(SourceRegistry registry)
    {
        var index = new Dictionary<string, List<SourceDefinition>>(StringComparer.OrdinalIgnoreCase);
        var tokens = new List<Token>();
        foreach (var source in registry.Sources)
        {
            if (source.Country is null)
            {
                continue;
            }
            foreach (var alias in source.Aliases)
            {
                if (Tail(alias, source.Country, tokens) is not { } tail)
                {
                    continue;
                }
                if (!index.TryGetValue(tail, out var bodies))
                {
                    index[tail] = bodies = [];
                }
                if (!bodies.Contains(source))
                {
                    bodies.Add(source);
                }
            }
        }
        return index;
    }

    // "Joint Chiefs of Staff" for "South Korea's Joint Chiefs of Staff" when South Korea is the body's country; null otherwise.
    private static string? Tail(string alias, string country, List<Token> tokens)
    {
        tokens.Clear();
        Token.Split(alias, 0, alias.Length, tokens);
        if (Nationality.At(alias, tokens, 0) is not { } n || n.Nationality.Country != country)
        {
            return null;
        }
        var next = n.Tokens;
        if (next + 1 < tokens.Count && !tokens[next].IsWord && alias[tokens[next].Start] is '\'' or '’'
            && alias.AsSpan(tokens[next + 1].Start, tokens[next + 1].Length).Equals("s", StringComparison.OrdinalIgnoreCase))
        {
            next += 2;
        }
        if (next >= tokens.Count)
        {
            return null;
        }
        var tail = alias[tokens[next].Start..];
        return tail.Contains(' ', StringComparison.Ordinal) && char.IsUpper(tail[0]) ? tail : null;
    }
}
