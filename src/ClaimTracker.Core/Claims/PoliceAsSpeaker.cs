namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Ukraine's national police said later that the toll had risen to 30 dead and 88 injured": the police that give a
/// toll are its source, not soldiers the bare "30 dead" counts, so a police noun inside the sentence's speaker does not
/// make the sentence military (<see cref="PeopleCountReader.MentionsMilitary"/>); the dead stay people. With the
/// national police registered, the speaker's country had turned them into "Ukrainian troops" (Unseen41
/// devdiscourse-reuters-zaporizhzhia-convoy-strike, Unseen80 afp-ukraine-strikes-toll-rises-19-dead). Police counted
/// ("two police officers were killed") are still read by their own noun. speakers.json <c>policeNouns</c>. Golden case:
/// police_giving_a_toll_count_no_troops.
/// </summary>
internal static class PoliceAsSpeaker
{
    private static readonly WordSet Police = WordLists.Set("policeNouns");

    /// <summary>Whether the word at <paramref name="token"/> is a police noun inside one of the sentence's speakers.</summary>
    public static bool Is(PeopleCountReader reader, int token) =>
        Police.Contains(reader.Word(token)) && reader.IsInsideAttributor(reader.Tokens[token].Start);
}
