namespace ClaimTracker.Core.Claims;

/// <summary>
/// Hostages or captives a release verb frees ("Hamas releasing 20 hostages", "a raid that rescued four hostages") are
/// not the nation of the side named before the verb: that side is their captor or their rescuer, and the gold sets
/// call the freed "hostages" with no nation. <see cref="ReleasedCount"/> finds the verb; the held nouns are
/// people.json <c>describedHeldNouns</c>. Prisoners are left alone: "Ukraine brought home 189 prisoners" brings its own.
/// Tested by FreedHostagesTests.
/// </summary>
internal static class FreedByCaptors
{
    private static readonly WordSet HeldNouns = WordLists.Set("describedHeldNouns");

    public static bool Holds(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft) =>
        draft.Metric is Metric.Other && reader.IsIn(phrase.Noun, HeldNouns) && ReleasedCount.Before(reader, phrase.QualifierFirst, phrase.Left);
}
