namespace ClaimTracker.Core.Claims;

/// <summary>
/// People shut in where they are: "150 fighters remain holed up in tunnels", "stranded", "trapped in the city" are
/// `other` (the gold convention in docs/extraction.md): soldiers cut off are not a deployment, civilians
/// trapped are not displaced; "trapped under the rubble" stays missing (<see cref="UnderTheRubble"/>, read first);
/// "besieged" is left out, since it describes a garrison or town more often than its people ("100 soldiers remain in
/// the besieged garrison" are deployed, golden case fewer_than). Read by <see cref="MetricWord"/> (metrics.json confinedWords). Golden case: holed_up_and_sent_home_are_other.
/// People only "feared trapped" or "believed to be trapped" are missing: nobody knows where they are or whether they
/// live, as "feared dead" reads (metrics.json unknownFateLeads). Golden case: feared_trapped_is_missing.
/// So are people who "may be trapped", "could still be stranded": a modal before "be" hedges where they are now, as
/// "could still be trapped under the debris" does (metrics.json fateModals). Golden case: may_be_trapped_is_missing.
/// And so are people trapped where the sentence names a collapse (<see cref="TrappedInACollapse"/>).
/// </summary>
internal static class Confined
{
    private static readonly WordSet ConfinedWords = WordLists.Set("confinedWords");

    private static readonly WordSet UnknownFateLeads = WordLists.Set("unknownFateLeads");

    private static readonly WordSet FateModals = WordLists.Set("fateModals");

    public static bool Names(ReadOnlySpan<char> w) => ConfinedWords.Contains(w);

    /// <summary>Other for people shut in; missing when their being there is only feared or believed.</summary>
    public static Metric Fate(PeopleCountReader reader, int i) =>
        Hedged(reader, i - 1) || (reader.Is(i - 1, "be") && reader.Is(i - 2, "to") && Hedged(reader, i - 3)) || Possibly(reader, i) || TrappedInACollapse.Named(reader)
            ? Metric.Missing
            : Metric.Other;

    // "as many as nine people may be trapped", "could still be stranded": a modal, "be" and at most a "still" between.
    private static bool Possibly(PeopleCountReader reader, int i)
    {
        if (!reader.Is(i - 1, "be"))
        {
            return false;
        }
        var modal = reader.Is(i - 2, "still") ? i - 3 : i - 2;
        return reader.IsIn(modal, FateModals);
    }

    private static bool Hedged(PeopleCountReader reader, int i) =>
        reader.IsIn(i, UnknownFateLeads);
}
