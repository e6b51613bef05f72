using ClaimTracker.Core.Numbers;

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
        reader.Is(i + 1, "to") && reader.IsIn(i + 2, SpeakingVerbs)
        && !CountFollows(reader, i + 3);

    // "plans to release 620 prisoners", "agreed to release more than 1,000 prisoners": a count right after the verb
    // makes "release" a release of people, not of information (golden case plans_to_release_prisoners).
    private static bool CountFollows(PeopleCountReader reader, int from)
    {
        for (var j = from; j < reader.Tokens.Count && j < from + 4; j++)
        {
            if (!reader.Tokens[j].IsWord && !reader.IsNumberToken(j))
            {
                return false;
            }
            if (reader.IsNumberToken(j) || NumberWord.TryGet(reader.Word(j), out _))
            {
                return true;
            }
        }
        return false;
    }
}
