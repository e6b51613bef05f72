using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "according to X": the name that follows is the source. "according to a tally by X", "according to figures compiled
/// by X": the body that kept the count, past the count's noun, is the source, registered or not, so an unregistered
/// body keeps its mention (and is proposed) instead of leaving the figure to nobody or to a body named before.
/// Golden cases: according_to_the_un, according_to_a_described_registry_name, rwandan_troops_according_to_experts,
/// according_to_a_tally_by_a_body, according_to_the_data_of_a_body.
/// </summary>
internal sealed class AccordingTo : AttributionFrame
{
    public static readonly AccordingTo Frame = new();

    private AccordingTo()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (!AttributionFinder.Is(text, tokens[cue], "according") || cue + 1 >= tokens.Count || !AttributionFinder.Is(text, tokens[cue + 1], "to"))
        {
            return false;
        }
        if (AccordingToOwnersCount.OwnerEnd(text, tokens, cue + 2) is var owner and >= 0)
        {
            // "according to the army's own count": the owner up to its possessive (AccordingToOwnersCount).
            AttributionFinder.Add(text, tokens, cue + 2, owner, AttributorCue.AccordingTo, tokens[cue].Start, mentions, into);
            return true;
        }
        var from = CountKeeper(text, tokens, cue + 2) is var keeper and >= 0 ? keeper : cue + 2;
        AttributionFinder.AddForward(text, tokens, from, AttributorCue.AccordingTo, tokens[cue].Start, mentions, into);
        return true;
    }

    // How many words a count's description may take before its noun: "the latest official tally".
    private const int CountWords = 5;
    private static readonly WordSet KeeperWords = WordLists.Set("countKeeperWords");
    private static readonly WordSet KeptVerbs = WordLists.Set("countKeptVerbs");
    private static readonly WordSet DataNouns = WordLists.Set("accordingDataNouns");

    // The first token of the body after "a tally by", "figures compiled by", "the latest count from", or -1.
    private static int CountKeeper(string text, List<Token> tokens, int start)
    {
        for (var k = start; k < tokens.Count && k - start < CountWords; k++)
        {
            if (!tokens[k].IsWord)
            {
                return -1;
            }
            // "according to the data of the regional military administration": translated copy's data noun keeps a count
            // as "figures" does (attribution.json accordingDataNouns; Unseen83 ukraine-nachrichten).
            if (ByOwnersCount.CountNouns.Contains(AttributionFinder.Word(text, tokens[k])) || DataNouns.Contains(AttributionFinder.Word(text, tokens[k])))
            {
                var tie = k + 1 < tokens.Count && tokens[k + 1].IsWord && KeptVerbs.Contains(AttributionFinder.Word(text, tokens[k + 1])) ? k + 2 : k + 1;
                return tie + 1 < tokens.Count && tokens[tie].IsWord && KeeperWords.Contains(AttributionFinder.Word(text, tokens[tie])) ? tie + 1 : -1;
            }
        }
        return -1;
    }
}
