using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "At least 40 dead in strike on El Obeid funeral, says Sudan Doctors Network" (a sub-headline), then "…, a doctors'
/// group said" in the lede; "The Sudan Doctors Network said on Sunday … At least 19 people were killed, a medical group
/// said": wire and broadcaster copy names the body once, in the headline block or the sentence before, and then
/// describes it with "a" or "an" as a house style, never naming it again. The indefinite description is read as a new
/// speaker by design (<see cref="NamedNextSpeaker"/> looks forward only), so the figure went to nobody. Here it takes
/// the one registry body the few sentences before named as a speaker (a reporting verb or "according to" right against
/// the name) whose kind the whole description fits (<see cref="AnaphorFit.Describes"/>; never an army, and never a
/// body merely mentioned, such as the lede's accused). Two such bodies, or none, leave it a new speaker.
/// Golden cases: a_doctors_group_named_in_the_sub_headline, a_medical_group_named_the_sentence_before; control
/// a_rights_group_after_a_body_only_mentioned.
/// </summary>
internal static class NamedAboveSpeaker
{
    private const int SentencesBack = 3;
    private static readonly WordSet CueBefore = WordLists.Set("namedAboveCuesBefore");
    private static readonly WordSet Modifiers = WordLists.Set("namedAboveModifiers");

    /// <summary>The registry body a sentence shortly before <paramref name="si"/> gave as a speaker for the indefinite <paramref name="speaker"/>, or null.</summary>
    public static SourceDefinition? Find(string text, List<Sentence> sentences, IReadOnlyList<SourceMention> mentions, Attributor speaker, int si)
    {
        if (si == 0 || !NamedNextSpeaker.OpensIndefinite(speaker.Text) || !ModifiedAsNamed(speaker.Text))
        {
            return null;
        }
        var from = sentences[Math.Max(0, si - SentencesBack)].Start;
        var to = sentences[si].Start;
        SourceDefinition? found = null;
        foreach (var mention in mentions)
        {
            if (mention.Start >= from && mention.End <= to && mention.Source is { Kind: not SourceKind.Military } source
                && AnaphorFit.Describes(speaker.Text, source) && Spoke(text, mention))
            {
                if (found is not null && found.Name != source.Name)
                {
                    return null;
                }
                found = source;
            }
        }
        return found;
    }

    // "a doctors' group", "a medical group": the describing word right before the head says what the body named above
    // is; "a volunteer group", "a local rights group", "a local relief group" are other bodies in the same stories
    // (Unseen2 afp-sudan-kordofan-drones, Unseen10 afp-kalogi-kindergarten-strike, Unseen21 ians-abu-shouk-camp-shelling).
    private static bool ModifiedAsNamed(string words)
    {
        var parts = words.Trim().Split(' ');
        return parts.Length == 3 && Modifiers.Contains(parts[1]);
    }

    // "…, says Sudan Doctors Network", "according to the Emergency Lawyers", "The Sudan Doctors Network said",
    // "Sudan Doctors Network, a medical group, said" (a description in commas between the name and its verb).
    internal static bool Spoke(string text, SourceMention mention)
    {
        var after = DescriptionInCommasSkipped(text.AsSpan(mention.End).TrimStart());
        var end = after.IndexOfAny(' ', ',', '.');
        if (end > 0 && ClaimLexicon.ReportingVerbs.Contains(after[..end]))
        {
            return true;
        }
        var before = text.AsSpan(0, mention.Start).TrimEnd();
        if (before.EndsWith("the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^3].TrimEnd();
        }
        var word = before[(before.LastIndexOfAny(' ', '\n') + 1)..].TrimEnd(',');
        if (ClaimLexicon.ReportingVerbs.Contains(word))
        {
            return true;
        }
        foreach (var cue in CueBefore.Words)
        {
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase) && (before.Length == cue.Length || !char.IsLetter(before[^(cue.Length + 1)])))
            {
                return true;
            }
        }
        return false;
    }

    private const int MaxDescription = 60;

    // ", a medical group, said" → "said": an indefinite description closed by a comma within a few words.
    private static ReadOnlySpan<char> DescriptionInCommasSkipped(ReadOnlySpan<char> after)
    {
        if (after.Length < 4 || after[0] != ',')
        {
            return after;
        }
        var rest = after[1..].TrimStart();
        if (!(rest.StartsWith("a ", StringComparison.Ordinal) || rest.StartsWith("an ", StringComparison.Ordinal)))
        {
            return after;
        }
        var close = rest[..Math.Min(rest.Length, MaxDescription)].IndexOfAny(',', '.');
        return close > 0 && rest[close] == ',' ? rest[(close + 1)..].TrimStart() : after;
    }
}
