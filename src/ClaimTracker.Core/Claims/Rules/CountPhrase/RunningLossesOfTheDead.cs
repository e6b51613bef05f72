namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The IDF reports the deaths of two soldiers in southern Lebanon, bringing its losses since the ground invasion began
/// to 19", "Two more soldiers were killed ..., raising the day's losses to 11": a running total of losses that a count of
/// dead brings up (a verb of bringing, counts.json totalVerbs, then a losses noun, counts.json runningLossNouns, a few
/// words before "to" and the figure) adds dead to dead, so it counts the dead too. Only when the count before it in the
/// sentence is read as killed: after "Russia lost 1,150 troops" (killed or wounded) the total stays killed or wounded,
/// as a foe's losses are (Unseen golds: "bringing its total losses since February 2022 to about 1,078,000").
/// Read after <see cref="ClauseMetric"/>, which reads "losses" as killed or wounded. Unseen42 bbc-live.
/// Golden cases: losses_brought_up_by_deaths_are_dead, losses_brought_up_by_losses_stay_losses.
/// </summary>
internal sealed class RunningLossesOfTheDead : CountPhraseRule
{
    public static readonly RunningLossesOfTheDead Rule = new();

    // "bringing its losses since the ground invasion began to 19": the losses noun stands a few words after the verb,
    // the time phrase may stand between it and "to"; "raising the day's losses", "the army's losses": a possessive
    // takes three tokens.
    private const int NounReach = 6;
    private const int Reach = 12;

    private static readonly WordSet TotalVerbs = WordLists.Set("totalVerbs");
    private static readonly WordSet LossNouns = WordLists.Set("runningLossNouns");

    private RunningLossesOfTheDead()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric is Metric.KilledOrWounded && phrase.Previous?.Metric is Metric.Killed && reader.Is(phrase.TokenBefore, "to")
            && BroughtLosses(reader, phrase))
        {
            draft.Metric = Metric.Killed;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // A verb of bringing after the count before, a losses noun within a few words after it, all before "to".
    private static bool BroughtLosses(PeopleCountReader reader, CountPhrase phrase)
    {
        var to = phrase.TokenBefore;
        for (var v = to - 2; v > phrase.PreviousBound && v >= to - Reach; v--)
        {
            if (!reader.IsIn(v, TotalVerbs))
            {
                continue;
            }
            for (var n = v + 1; n < to && n <= v + NounReach; n++)
            {
                if (reader.IsIn(n, LossNouns))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
