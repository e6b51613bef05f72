namespace ClaimTracker.Core.Claims;

/// <summary>
/// "the remains of 25 of the 28 dead captives", "9 of the 26 deceased hostages": a metric word right before a held noun
/// (people.json describedHeldNouns) describes the held; the held noun names the people, so they are hostages and not
/// the place's people or an army's, and the metric word still gives their fate (killed). Read by
/// <see cref="PeopleNounPhrase"/> for the count and by <see cref="Partitive"/> for a part of it (Unseen46 guardian-gaza;
/// golden case dead_captives_are_hostages).
/// </summary>
internal static class DescribedHeld
{
    private static readonly WordSet HeldNouns = WordLists.Set("describedHeldNouns");

    /// <summary>Whether the metric word at token <paramref name="k"/> describes a held noun right after it, before <paramref name="bound"/>.</summary>
    public static bool At(PeopleCountReader reader, int k, int bound) =>
        k + 1 < bound && ClaimLexicon.MetricNouns.Contains(reader.Word(k)) && reader.IsIn(k + 1, HeldNouns);
}
