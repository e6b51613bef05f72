namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Another seven people were killed …, according to Nasser Hospital. It said the dead included three women": a hospital
/// named by its own name (the head noun capitalised, so part of the name) that the registry lacks is a speaker the next
/// "it" continues, so the hospital's follow-up figures are not handed to the army a paragraph up. A lower-case "the
/// hospital" is only a place the story mentions, left to the other rules.
/// Golden case: it_continues_a_named_hospital.
/// </summary>
internal static class FacilitySpeaker
{
    private static readonly WordSet Heads = WordLists.Set("facilitySpeakerHeads");

    /// <summary>The speaker's words hold a capitalised facility noun ("Al-Awda Hospital in Nuseirat").</summary>
    public static bool Names(string speaker)
    {
        foreach (var word in speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(word[0]) && Heads.Contains(word))
            {
                return true;
            }
        }
        return false;
    }
}
