namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count of held people split by fate, "58 hostages - 23 alive and 35 confirmed dead": the count right before
/// "dead" (metrics.json <c>heldDeadWords</c>, past one hedge such as "confirmed" or "declared", <c>heldDeadHedges</c>; "presumed dead" stays with its own reading)
/// counts the dead, not the held, though the sentence's hostages and its holding verb read captured. The gold sets
/// read such counts of dead captives as killed ("including 34 the Israeli military says are dead", "the 28 dead
/// captives"). Only a count already read captured moves; "23 alive" keeps it (the living held stay captured).
/// Golden case: held_counted_dead_are_killed.
/// </summary>
internal sealed class HeldCountedDead : CountPhraseRule
{
    public static readonly HeldCountedDead Rule = new();

    private static readonly WordSet DeadWords = WordLists.Set("heldDeadWords");
    private static readonly WordSet Hedges = WordLists.Set("heldDeadHedges");
    private static readonly WordSet Copulas = WordLists.Set("heldNotAliveCopulas");
    private static readonly WordPhrases Negations = new(WordLists.Set("heldNotAliveNegations"));

    private HeldCountedDead()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric is Metric.Captured && NoLongerAlive(reader, phrase.TokenAfter))
        {
            draft.Metric = Metric.Killed;
            draft.MetricGuessed = false;
            return true;
        }
        var next = phrase.TokenAfter;
        if (reader.IsIn(next, Hedges))
        {
            next++;
        }
        if (draft.Metric is Metric.Captured && reader.IsIn(next, DeadWords))
        {
            draft.Metric = Metric.Killed;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // "36 are no longer alive", "41 were not alive": a copula, then a negation ending right before "alive".
    private static bool NoLongerAlive(PeopleCountReader reader, int next)
    {
        if (!reader.IsIn(next, Copulas))
        {
            return false;
        }
        for (var alive = next + 2; alive <= next + 3; alive++)
        {
            if (reader.Is(alive, "alive") && Negations.StartOfOneEndingAt(reader.Text, reader.Tokens, alive - 1) == next + 1)
            {
                return true;
            }
        }
        return false;
    }
}
