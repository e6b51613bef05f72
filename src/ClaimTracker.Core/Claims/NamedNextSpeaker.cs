using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "A doctors' group said 52 civilians were killed … The group, the Sudan Doctors Network, said": a speaker first
/// described with "a" and named by the next sentence, which opens with "the" and the same noun, then the name in commas.
/// The named body is the source; so is a body of the kind the noun describes that opens the next sentence ("The Sudan
/// Doctors Network said"). Golden: generic_group_named_next_sentence, generic_group_named_by_the_next_speaker,
/// the_actor_of_the_lede_is_not_the_rights_group, a_named_committee_described_in_commas_is_not_the_next_body,
/// a_rights_group_named_by_according_to_next; a bare members' plural ("lawyers said") through <see cref="MembersBody.SpeakingIn"/>.
/// </summary>
internal static class NamedNextSpeaker
{
    private const int MaxBeforeName = 3;
    private static readonly WordSet Indefinite = new("a", "an");

    /// <summary>The registry body the sentence after <paramref name="si"/> names for the indefinite speaker, or null.</summary>
    public static SourceDefinition? Find(string text, List<Sentence> sentences, IReadOnlyList<SourceMention> mentions, Attributor speaker, int si)
    {
        if (si + 1 >= sentences.Count || ApposedToName(text, speaker))
        {
            return null;
        }
        if (!(OpensIndefinite(speaker.Text) || HyphenatedAfterIndefinite(text, speaker.Start)))
        {
            // "…, pro-democracy lawyers said. “…,” said the Emergency Lawyers": a bare members' plural, named by the next sentence's speaker.
            return MembersBody.IsBarePlural(text, speaker) ? MembersBody.SpeakingIn(text, sentences[si + 1], mentions, speaker) : null;
        }
        var head = Head(speaker.Text);
        var next = sentences[si + 1];
        var tokens = new List<Token>();
        Token.Split(text, next.Start, Math.Min(next.End, next.Start + 200), tokens);
        if ((CivilFit(speaker, OpeningBody(text, tokens, mentions, "the " + head.ToString(), sentences[si], speaker.Start)) ?? OfficialNamedNext.Find(text, sentences[si], next, head, mentions, []) ?? MembersBody.NamedIn(next, mentions, speaker)) is { } opening)
        {
            return opening;
        }
        if (tokens.Count < 4 || !Is(text, tokens[0], "the") || !tokens[1].IsWord
            || !text.AsSpan(tokens[1].Start, tokens[1].Length).Equals(head, StringComparison.OrdinalIgnoreCase)
            || tokens[2].IsWord || text[tokens[2].Start] != ',')
        {
            return SpeakingBody(text, next, mentions, speaker, sentences[si]);
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

    // The body the lede made the actor ("Sudan's paramilitary Rapid Support Forces (RSF) have killed …, a rights group
    // said. The RSF “attacked …”, … the Emergency Lawyers said") opens the next sentence as its subject again, not as
    // its speaker: the accused is never the group that accuses it (Unseen43 euronews-white-nile; golden case
    // the_actor_of_the_lede_is_not_the_rights_group).
    private static SourceDefinition? OpeningBody(string text, List<Token> tokens, IReadOnlyList<SourceMention> mentions, string anaphor, Sentence lede, int speakerStart)
    {
        var opening = OpeningBody(text, tokens, mentions, anaphor);
        return opening is not null && NamedIn(mentions, opening, lede.Start, speakerStart) ? null : opening;
    }

    // "… the Emergency Lawyers said in a statement", "…, according to Emergency Lawyers, which tracks …": the next
    // sentence's own speaker (<see cref="NamedAboveSpeaker.Spoke"/>), a civil body the whole description fits ("a rights
    // group", never an army), other than the lede's actor (golden cases
    // the_actor_of_the_lede_is_not_the_rights_group; a_spokeswoman_for_the_service_speaks_for_it, where "a local aid
    // group" is not "Myanmar's military said" in the next sentence).
    private static SourceDefinition? SpeakingBody(string text, Sentence next, IReadOnlyList<SourceMention> mentions, Attributor speaker, Sentence lede)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start >= next.Start && mention.End < next.End && mention.Source is { Kind: not SourceKind.Military } source
                && AnaphorFit.Describes(speaker.Text, source) && !NamedIn(mentions, source, lede.Start, speaker.Start) && NamedAboveSpeaker.Spoke(text, mention))
            {
                return source;
            }
        }
        return null;
    }

    // "…, a doctors' group said. The paramilitary Rapid Support Forces did not comment": the opening body is matched on
    // the bare head ("the group"), which an armed group fits; the whole description's civil words ("doctors'",
    // "medical", "rights") rule the army out, as they do for "the medical group" (golden case
    // a_doctors_group_is_not_the_accused_opening_the_next_sentence).
    private static SourceDefinition? CivilFit(Attributor speaker, SourceDefinition? opening) =>
        opening is not null && AnaphorFit.Describes(speaker.Text, opening) ? opening : null;

    private static bool NamedIn(IReadOnlyList<SourceMention> mentions, SourceDefinition source, int from, int to) =>
        mentions.Any(m => m.Start >= from && m.End <= to && m.Source?.Name == source.Name);

    // "The El Fasher Resistance Committee, a local volunteer group, said …": a description in commas after a name
    // describes that name, which speaks; the story has nothing left to name next, and the body opening the next
    // sentence ("The RSF did not comment") is no stand-in for it (Unseen44 thenational-el-fasher; golden case
    // a_named_committee_described_in_commas_is_not_the_next_body).
    private static bool ApposedToName(string text, Attributor speaker)
    {
        var before = text.AsSpan(0, speaker.Start).TrimEnd();
        var after = text.AsSpan(speaker.End).TrimStart();
        if (before.Length < 2 || before[^1] != ',' || after.Length == 0 || after[0] != ',')
        {
            return false;
        }
        var name = before[..^1].TrimEnd();
        var start = name.LastIndexOf(' ') + 1;
        return start < name.Length && char.IsUpper(name[start]);
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

    /// <summary>Whether <paramref name="words"/> open with "a" or "an".</summary>
    public static bool OpensIndefinite(string words)
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
