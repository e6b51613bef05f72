using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "A glide bomb hit a suburb of Kharkiv, killing five people and injuring 12, a local official said. Regional governor
/// Oleh Syniehubov said five people died and 12 were injured": the wire's lede sums up the statement its next sentence
/// gives, so the unnamed official is the official (a government body or an officeholder) that sentence names, when it
/// gives one of the same figures again. Nouns: speakers.json <c>unnamedOfficialNouns</c>.
/// Golden case: a_local_official_named_next.
/// </summary>
internal static class OfficialNamedNext
{
    private static readonly WordSet Titles = WordLists.Set("unnamedOfficialNouns");

    /// <summary>The official body the next sentence names for the unnamed official whose head noun is <paramref name="head"/>, or null.</summary>
    public static SourceDefinition? Find(string text, Sentence said, Sentence next, ReadOnlySpan<char> head, IReadOnlyList<SourceMention> mentions, List<Token> tokens)
    {
        if (!Titles.Contains(head) || !SharesFigure(text, said, next, tokens))
        {
            return null;
        }
        foreach (var mention in mentions)
        {
            if (mention.Start >= next.Start && mention.End <= next.End && mention.Source is { Kind: SourceKind.Government or SourceKind.Official } official)
            {
                return official;
            }
        }
        return null;
    }

    // A figure in digits ("12", "1,300") written in both sentences.
    private static bool SharesFigure(string text, Sentence said, Sentence next, List<Token> tokens)
    {
        Token.Split(text, said.Start, said.End, tokens);
        var figures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in tokens)
        {
            if (t.IsWord && char.IsDigit(text[t.Start]))
            {
                figures.Add(text.Substring(t.Start, t.Length));
            }
        }
        Token.Split(text, next.Start, next.End, tokens);
        return tokens.Any(t => t.IsWord && char.IsDigit(text[t.Start]) && figures.Contains(text.Substring(t.Start, t.Length)));
    }
}
