using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The RSF attacked the village, according to the Emergency Room in the area, an activist group that tracks the
/// fighting. … The group said it had documented the killing of 34 people": the story described a body with "a" or "an"
/// and the anaphor's own noun ("an activist group", "a rights group", "a local monitoring group"), and "the group" takes
/// up that body, not the armed group named as the actor in between (which the accused never is). The body is the one
/// named right against the description (before its comma, or after it); where the registry holds none there, the
/// speaker is unregistered and the anaphor credits nobody. Nouns: speakers.json <c>describedBodyNouns</c>.
/// Golden case: the_group_described_is_not_the_attacker.
/// </summary>
internal static class DescribedBody
{
    private const int MaxModifiers = 3;
    private static readonly WordSet Nouns = WordLists.Set("describedBodyNouns");
    private static readonly WordSet Indefinite = new("a", "an");

    /// <summary>
    /// Whether text[<paramref name="from"/>..] before the anaphor describes a body by its noun; if so, the registry body
    /// named against the description, or null for an unregistered one.
    /// </summary>
    public static (bool Found, SourceDefinition? Body) Find(string text, int from, Attributor anaphor, IReadOnlyList<SourceMention> mentions, List<Token> tokens)
    {
        var words = anaphor.Text.AsSpan().Trim();
        var space = words.IndexOf(' ');
        if (space < 0 || !words[..space].Equals("the", StringComparison.OrdinalIgnoreCase) || words[(space + 1)..].Contains(' ') || !Nouns.Contains(words[(space + 1)..]))
        {
            return (false, null);
        }
        var noun = words[(space + 1)..].ToString();
        Token.Split(text, from, anaphor.Start, tokens);
        for (var i = tokens.Count - 1; i > 0; i--)
        {
            if (Is(text, tokens[i], noun) && ArticleBefore(text, tokens, i) is var article and >= 0)
            {
                // "…, a Sudanese rights group said": the description speaks itself, and the story may name the body
                // next ("The Emergency Lawyers said"), which the other rules find; only an apposition is read here.
                // "according to a medical group." names nobody against it either: the story names the group later.
                return Speaks(text, tokens, i) || !Apposed(text, tokens, article, i) ? (false, null) : (true, NamedAgainst(text, tokens, article, i, mentions));
            }
        }
        return (false, null);
    }

    // "an activist group", "a local monitoring group", "an Iran-backed group", "a doctors' group": "a"/"an" within a few
    // words before the noun, with no punctuation between but a hyphen or an apostrophe.
    private static int ArticleBefore(string text, List<Token> tokens, int noun)
    {
        var words = 0;
        for (var k = noun - 1; k >= 0 && words <= MaxModifiers; k--)
        {
            if (!tokens[k].IsWord)
            {
                if (text[tokens[k].Start] is not ('-' or '\'' or '’'))
                {
                    return -1;
                }
                continue;
            }
            if (Indefinite.Contains(text.AsSpan(tokens[k].Start, tokens[k].Length)))
            {
                return k;
            }
            words++;
        }
        return -1;
    }

    // "X, an activist group": the body whose name ends at the comma before; "a rights group, (the) X": the one after.
    private static SourceDefinition? NamedAgainst(string text, List<Token> tokens, int article, int noun, IReadOnlyList<SourceMention> mentions)
    {
        if (article >= 2 && text[tokens[article - 1].Start] == ',')
        {
            var nameEnd = tokens[article - 2].End;
            return mentions.FirstOrDefault(m => m.End == nameEnd && m.Source is not null)?.Source;
        }
        if (noun + 2 < tokens.Count && text[tokens[noun + 1].Start] == ',')
        {
            var nameStart = Is(text, tokens[noun + 2], "the") && noun + 3 < tokens.Count ? tokens[noun + 3].Start : tokens[noun + 2].Start;
            return mentions.FirstOrDefault(m => (m.Start == nameStart || m.Start == tokens[noun + 2].Start) && m.Source is not null)?.Source;
        }
        return null;
    }

    // "X, an activist group", "a rights group, the X": the description stands in commas beside a name.
    private static bool Apposed(string text, List<Token> tokens, int article, int noun) =>
        (article >= 1 && text[tokens[article - 1].Start] == ',') || (noun + 1 < tokens.Count && text[tokens[noun + 1].Start] == ',');

    private static bool Speaks(string text, List<Token> tokens, int noun) =>
        noun + 1 < tokens.Count && tokens[noun + 1].IsWord && ClaimLexicon.ReportingVerbs.Contains(text.AsSpan(tokens[noun + 1].Start, tokens[noun + 1].Length));

    private static bool Is(string text, Token t, string word) =>
        t.IsWord && text.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}
