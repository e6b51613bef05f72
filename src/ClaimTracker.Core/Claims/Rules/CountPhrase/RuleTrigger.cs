namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count-phrase rule's precondition, declared as data: the words without one of which in the sentence the rule
/// cannot change a figure's reading (status.json <c>&lt;name&gt;TriggerLists</c> names the lists the rule's branches open
/// on; a word the rule compares itself goes in a list of its own, as <c>denialNegations</c>). <see cref="PeopleCountReader.Read"/> skips the rule
/// for a sentence holding none of them (branch `speed13`: the status rules walk the count's clause for each figure,
/// while most counted sentences hold no denial, plan, forecast or handover word). A rule whose branches open on a new
/// list or word must add it here; <c>RuleTriggersTests</c> runs the gated rules ungated over every test article and
/// fails when one changes a figure in a sentence its precondition turns away.
/// </summary>
internal sealed class RuleTrigger
{
    public RuleTrigger(string name, WordSet lists, int bit)
    {
        if (bit is < 0 or >= 64)
        {
            throw new InvalidOperationException($"Rule trigger '{name}' is number {bit}; a sentence keeps at most 64 in one mask.");
        }
        Name = name;
        Mask = 1UL << bit;
        Words = [.. lists.Words.SelectMany(list => WordLists.Set(list).Words)];
    }

    /// <summary>The name its lists are declared under in status.json.</summary>
    public string Name { get; }

    /// <summary>Its bit in the per-sentence mask <see cref="RuleTriggers.In"/> computes.</summary>
    public ulong Mask { get; }

    /// <summary>Every word that lets the rule run.</summary>
    public IReadOnlyList<string> Words { get; }
}
