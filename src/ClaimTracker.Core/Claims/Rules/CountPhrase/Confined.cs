namespace ClaimTracker.Core.Claims;

/// <summary>
/// People shut in where they are: "150 fighters remain holed up in tunnels", "stranded", "trapped in the city" are
/// `other` (the gold convention in docs/extraction.md): soldiers cut off are not a deployment, civilians
/// trapped are not displaced; "trapped under the rubble" stays missing (<see cref="UnderTheRubble"/>, read first);
/// "besieged" is left out, since it describes a garrison or town more often than its people ("100 soldiers remain in
/// the besieged garrison" are deployed, golden case fewer_than). Read by <see cref="MetricWord"/> (metrics.json confinedWords). Golden case: holed_up_and_sent_home_are_other.
/// </summary>
internal static class Confined
{
    private static readonly WordSet ConfinedWords = WordLists.Set("confinedWords");

    public static bool Names(ReadOnlySpan<char> w) => ConfinedWords.Contains(w);
}
