namespace ClaimTracker.Core.Claims;

/// <summary>
/// A force that crosses a border is sent there, not driven out: "about 1,000 combat engineers have already crossed into
/// Kursk", "2,000 North Korean troops crossed into Russia's Kursk region". <see cref="MetricWord"/> reads "crossed into"
/// as a displacement, which it is for refugees ("40,000 people have crossed into Chad"); when the count's people are
/// soldiers (the draft is military) and the clause's only displacement word is a crossing verb (metrics.json
/// crossVerbs), the crossing is a deployment. Golden case: troops_crossing_a_border_are_deployed.
/// </summary>
internal sealed class ForceCrossing : CountPhraseRule
{
    public static readonly ForceCrossing Rule = new();

    private ForceCrossing()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Military && draft.Metric == Metric.Displaced && !draft.MetricGuessed && OnlyACrossing(reader, phrase.AfterCount, phrase.Right))
        {
            draft.Metric = Metric.Deployed;
        }
        return true;
    }

    // A crossing verb after the count, and no word that says they fled ("fled across the border", "were displaced").
    private static bool OnlyACrossing(PeopleCountReader reader, int from, int to)
    {
        var crossed = false;
        for (var i = Math.Max(0, from); i < to && i < reader.Tokens.Count; i++)
        {
            if (!reader.Tokens[i].IsWord)
            {
                continue;
            }
            if (ClaimLexicon.CrossVerbs.Contains(reader.Word(i)))
            {
                crossed = true;
            }
            else if (ClaimLexicon.Displaced.Contains(reader.Word(i)))
            {
                return false;
            }
        }
        return crossed;
    }
}
