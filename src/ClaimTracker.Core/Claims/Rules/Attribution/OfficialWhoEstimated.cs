using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "a US military official who earlier this week spoke of several hundred North Korean casualties", "A U.S. defense
/// official who briefed reporters on Friday put North Korean losses at about 4,000": an official whose own verb of
/// estimation stands in a "who" clause is the figure's speaker. Read back from "spoke" or "put" the walk met only the
/// clause's words ("this week", "reporters on Friday"), so the sentence had no speaker of its own and the one carried
/// from earlier (the spy agency, the regional government) took a figure the official gave (Unseen49
/// koreaherald-nis-first-north-korean-deaths-kursk; AFP and Korean copy on US estimates of North Korean losses).
/// Verbs and heads as data (speakers.json <c>clauseEstimateVerbs</c>, <c>clauseEstimateHeads</c>); "spoke" only
/// before "of"/"about" (<c>clauseEstimateTopics</c>). Golden cases: an_official_who_spoke_of_a_figure_gives_it,
/// an_official_who_briefed_reporters_put_losses_at.
/// </summary>
internal sealed class OfficialWhoEstimated : AttributionFrame
{
    public static readonly OfficialWhoEstimated Frame = new();

    /// <summary>The verbs this frame reads as cues.</summary>
    public static readonly WordSet Verbs = WordLists.Set("clauseEstimateVerbs");
    private static readonly WordSet Heads = WordLists.Set("clauseEstimateHeads");
    private static readonly WordSet Topics = WordLists.Set("clauseEstimateTopics");

    // "who briefed reporters on Friday put": the clause's words between the relative and the verb.
    private const int Reach = 6;

    private OfficialWhoEstimated()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var word = AttributionFinder.Word(text, tokens[cue]);
        if (!Verbs.Contains(word) || (word.Equals("spoke", StringComparison.OrdinalIgnoreCase)
            && (cue + 1 >= tokens.Count || !tokens[cue + 1].IsWord || !Topics.Contains(AttributionFinder.Word(text, tokens[cue + 1])))))
        {
            return false;
        }
        for (var k = cue - 1; k > 0 && k >= cue - Reach && tokens[k].IsWord; k--)
        {
            if (AttributionFinder.Is(text, tokens[k], "who"))
            {
                return tokens[k - 1].IsWord && Heads.Contains(AttributionFinder.Word(text, tokens[k - 1]))
                    && SpeakerBefore.Frame.Read(text, tokens, k, mentions, into);
            }
        }
        return false;
    }
}
