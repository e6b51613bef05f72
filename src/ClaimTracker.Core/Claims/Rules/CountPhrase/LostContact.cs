namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Palestine Red Crescent says it has lost contact with eight of its medics" (Unseen83 npr-all-things-considered,
/// gold missing), "rescuers lost touch with 12 miners after the second blast": a body that has lost contact with its
/// people does not know their fate, so they are missing. "lost" alone counts losses (killed or wounded), which these
/// people were read as. A losing verb (metrics.json lostContactVerbs), a contact noun (lostContactNouns: contact, touch)
/// and "with". Read by <see cref="MetricWord"/> before the losses. ICRC and Red Crescent releases word their searches so
/// ("relatives with whom they have lost contact", read through the pages corpus). Golden case: lost_contact_is_missing.
/// </summary>
internal static class LostContact
{
    private static readonly WordSet Verbs = WordLists.Set("lostContactVerbs");
    private static readonly WordSet Nouns = WordLists.Set("lostContactNouns");

    /// <summary>Whether the word at <paramref name="i"/> opens "lost contact with".</summary>
    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        Verbs.Contains(w) && reader.IsIn(i + 1, Nouns) && reader.Is(i + 2, "with");
}
