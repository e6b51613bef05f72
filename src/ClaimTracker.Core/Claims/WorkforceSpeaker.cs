namespace ClaimTracker.Core.Claims;

/// <summary>
/// "At Nasser Hospital in Khan Younis, staff said they had received the bodies of 15 Palestinians": a bare, lower-case
/// "staff" (no article, no name) is the people who work where the sentence is, a speaker of their own whom the registry
/// does not hold; it does not point back to the body carried, as "the General Staff" or "the staff" would. Golden case:
/// hospital_staff_are_a_speaker_of_their_own.
/// </summary>
internal static class WorkforceSpeaker
{
    private static readonly WordSet Workforce = WordLists.Set("workforceNouns");

    /// <summary>Whether the speaker's words are one bare lower-case workforce noun.</summary>
    public static bool Is(string text, List<Token> tokens, int first, int last) =>
        first == last && char.IsLower(text[tokens[first].Start]) && Workforce.Contains(AttributionFinder.Word(text, tokens[first]));
}
