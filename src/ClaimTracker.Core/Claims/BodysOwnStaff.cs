namespace ClaimTracker.Core.Claims;

/// <summary>
/// "UNRWA chief Philippe Lazzarini said at least 214 of the agency's workers had been killed": a body's possessive
/// ("the agency's", "the group's", populations.json <c>employerAnaphors</c>) before a staff noun points back at the
/// speaking body as "its workers" does, so the staff are that body's and an aid agency's keep no people, not Gaza's
/// (gold "UNRWA staff", Unseen33 trt-aa-nuseirat-al-jawni-school-unrwa-staff). Read by <see cref="StaffEmployer"/>.
/// Golden case: an_agencys_own_staff_keep_no_people.
/// </summary>
internal static class BodysOwnStaff
{
    private static readonly WordSet Anaphors = WordLists.Set("employerAnaphors");

    /// <summary>Whether the staff noun at token <paramref name="at"/> follows "the agency's" (an apostrophe, then "s").</summary>
    public static bool At(string text, List<Token> tokens, int at) =>
        at >= 3 && tokens[at - 1].IsWord && text.AsSpan(tokens[at - 1].Start, tokens[at - 1].Length).Equals("s", StringComparison.OrdinalIgnoreCase)
        && !tokens[at - 2].IsWord && text[tokens[at - 2].Start] is '\'' or '\u2019'
        && tokens[at - 3].IsWord && Anaphors.Contains(text.AsSpan(tokens[at - 3].Start, tokens[at - 3].Length));
}
