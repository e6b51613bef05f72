namespace ClaimTracker.Core.Claims;

/// <summary>
/// "the roughly 240 hostages Israel says are held in Gaza" (Unseen53 tribune-who), "the 1,500 troops Seoul believes were
/// sent": a country's name right after the people noun, followed by a reporting verb (attribution.json reportingVerbs),
/// opens a relative clause with no "that" whose speaker is the country; it is not the nation of the people before it,
/// as it is in "two wounded Israeli soldiers". Asked by <see cref="PeopleNounPhrase"/> before it reads a fate noun
/// ("hostages", "wounded") as describing the people named after it. Golden case:
/// count_before_a_clause_the_speaker_inserts.
/// </summary>
internal static class SpeakerAfterTheNoun
{
    private static readonly WordSet ReportingVerbs = WordLists.Set("reportingVerbs");

    /// <summary>Whether the nation named at token <paramref name="k"/> is a speaker: a reporting verb follows it.</summary>
    public static bool At(PeopleCountReader reader, int k, int nextBound)
    {
        if (Nationality.At(reader.Text, reader.Tokens, k) is not { } n)
        {
            return false;
        }
        var after = k + n.Tokens;
        return after < nextBound && reader.IsIn(after, ReportingVerbs);
    }
}
