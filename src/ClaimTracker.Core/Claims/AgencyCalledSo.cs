using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Civil defence crews were still digging …, the state-run National News Agency (NNA) reported. Two children were
/// among the dead, the agency said": a bare "the agency" takes up the last body the story called an Agency by name
/// (the word capitalised in its name) in its own sentence or the one before, not a body that merely could be an agency
/// (the civil defence the sentence before counts among its subjects). The body is the registry's that covers that name
/// or is apposed to it ("(NNA)"); where the registry holds none the speaker is unregistered and the anaphor credits
/// nobody. Head nouns as data (speakers.json <c>calledAgencyHeads</c>). Unseen53 iranintl-sidon; golden cases
/// the_agency_is_the_news_agency_that_reported, the_agency_is_the_registered_agency_named_before.
/// </summary>
internal static class AgencyCalledSo
{
    private static readonly WordSet Heads = WordLists.Set("calledAgencyHeads");

    // An apposed short name ("(NNA)", ", UNRWA,") sits within a few tokens after the name's head.
    private const int ApposedReach = 3;

    /// <summary>
    /// Whether a bare "the agency" has a body called an Agency by name in text[<paramref name="from"/>..] before it; if
    /// so, the registry body of that name, or null for an unregistered one.
    /// </summary>
    public static (bool Found, SourceDefinition? Body) Find(string text, int from, Attributor anaphor, IReadOnlyList<SourceMention> mentions, List<Token> tokens)
    {
        var words = anaphor.Text.AsSpan().Trim();
        var space = words.IndexOf(' ');
        if (space < 0 || !words[..space].Equals("the", StringComparison.OrdinalIgnoreCase) || !Heads.Contains(words[(space + 1)..]))
        {
            return (false, null);
        }
        Token.Split(text, from, anaphor.Start, tokens);
        for (var i = tokens.Count - 1; i > 0; i--)
        {
            var t = tokens[i];
            if (t.IsWord && char.IsUpper(text[t.Start]) && Heads.Contains(text.AsSpan(t.Start, t.Length)) && IsNameWord(text, tokens[i - 1]))
            {
                return (true, Covering(tokens, i, mentions));
            }
        }
        return (false, null);
    }

    // "National News Agency": the head closes a name of capitalised words, not a sentence's first word.
    private static bool IsNameWord(string text, Token before) => before.IsWord && char.IsUpper(text[before.Start]);

    private static SourceDefinition? Covering(List<Token> tokens, int head, IReadOnlyList<SourceMention> mentions)
    {
        var start = tokens[head].Start;
        var reach = tokens[Math.Min(tokens.Count - 1, head + ApposedReach)].End;
        foreach (var mention in mentions)
        {
            if (mention.Source is { } body && ((mention.Start <= start && mention.End >= tokens[head].End) || (mention.Start > start && mention.Start < reach)))
            {
                return body;
            }
        }
        return null;
    }
}
