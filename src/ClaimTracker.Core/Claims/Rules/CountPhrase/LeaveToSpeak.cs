namespace ClaimTracker.Core.Claims;

/// <summary>
/// A speaker's leave to speak is no plan for the people counted: "speaking on condition of anonymity because he was not
/// authorized to brief the media, said at least 150 were among the wounded". A plan word followed by "to" and a verb of
/// speaking (status.json speakingVerbs) describes the speaker. Asked by <see cref="StatedPlan"/>. Golden case:
/// not_authorised_to_speak_is_no_plan.
/// </summary>
internal static class LeaveToSpeak
{
    private static readonly WordSet SpeakingVerbs = WordLists.Set("speakingVerbs");

    public static bool At(PeopleCountReader reader, int i) =>
        reader.Is(i + 1, "to") && i + 2 < reader.Tokens.Count && reader.Tokens[i + 2].IsWord && SpeakingVerbs.Contains(reader.Word(i + 2));
}
