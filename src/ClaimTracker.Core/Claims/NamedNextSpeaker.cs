using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "A doctors' group said 52 civilians were killed … The group, the Sudan Doctors Network, said": a speaker first
/// described with "a" and named by the next sentence, which opens with "the" and the same noun, then the name in commas.
/// The named body is the source; so is a body of the kind the noun describes that opens the next sentence ("The Sudan
/// Doctors Network said"). Golden: generic_group_named_next_sentence, generic_group_named_by_the_next_speaker.
/// </summary>
internal static class NamedNextSpeaker
{
    private const int MaxBeforeName = 3;
    private static readonly WordSet Indefinite = new("a", "an");

    /// <summary>The registry body the sentence after <paramref name="si"/> names for the indefinite speaker, or null.</summary>
    public static SourceDefinition? Find(string text, List<Sentence> sentences, IReadOnlyList<SourceMention> mentions, Attributor speaker, int si)
    {
        if (si + 1 >= sentences.Count || !(OpensIndefinite(speaker.Text) || HyphenatedAfterIndefinite(text, speaker.Start)))
        {
            return null;
        }
        var head = Head(speaker.Text);
        var next = sentences[si + 1];
        var tokens = new List<Token>();
        Token.Split(text, next.Start, Math.Min(next.End, next.Start + 200), tokens);
        if ((OpeningBody(text, tokens, mentions, "the " + head.ToString()) ?? OfficialNamedNext.Find(text, sentences[si], next, head, mentions, []) ?? MembersBody.NamedIn(next, mentions, speaker)) is { } opening)
        {
            return opening;
        }
        if (tokens.Count < 4 || !Is(text, tokens[0], "the") || !tokens[1].IsWord
            || !text.AsSpan(tokens[1].Start, tokens[1].Length).Equals(head, StringComparison.OrdinalIgnoreCase)
            || tokens[2].IsWord || text[tokens[2].Start] != ',')
        {
            return null;
        }
        var nameFrom = tokens[3].Start;
        var nameTo = tokens[Math.Min(tokens.Count - 1, 2 + MaxBeforeName)].End;
        foreach (var mention in mentions)
        {
            if (mention.Start >= nameFrom && mention.Start <= nameTo && mention.Source is not null)
            {
                return mention.Source;
            }
        }
        return null;
    }

    // "… a doctors' group said. The Sudan Doctors Network said …": the next sentence opens with a registry body of
    // the kind the noun describes (Golden: generic_group_named_by_the_next_speaker, Reporting sudan-kordofan-drone).
    private static SourceDefinition? OpeningBody(string text, List<Token> tokens, IReadOnlyList<SourceMention> mentions, string anaphor)
    {
        if (tokens.Count < 2)
        {
            return null;
        }
        var first = Is(text, tokens[0], "the") ? tokens[1] : tokens[0];
        foreach (var mention in mentions)
        {
            if (mention.Start == first.Start && mention.Source is { } source && AnaphorFit.Describes(anaphor, source))
            {
                return source;
            }
        }
        return null;
    }

    private static bool OpensIndefinite(string words)
    {
        var span = words.AsSpan().TrimStart();
        var space = span.IndexOf(' ');
        return space > 0 && Indefinite.Contains(span[..space]);
    }

    // "a pro-democracy lawyers' group said": the speaker's walk stops at the hyphenated word, leaving "a" before it.
    private static bool HyphenatedAfterIndefinite(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        var rest = before[..Math.Max(0, space)].TrimEnd();
        return word.Contains('-') && space > 0 && Indefinite.Contains(rest[(rest.LastIndexOf(' ') + 1)..]);
    }

    private static ReadOnlySpan<char> Head(string words)
    {
        var span = words.AsSpan().TrimEnd();
        return span[(span.LastIndexOf(' ') + 1)..];
    }

    private static bool Is(string text, Token t, string word) =>
        t.IsWord && text.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}
