namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…, and 89 had died of their injuries, our team reported", "our teams counted 40 wounded": in a body's own release
/// (a document with a publisher's voice, <see cref="PublisherVoice"/>) the body's staff speak in the first person
/// plural, and "our team" is the body itself, as MSF's and the ICRC's updates give their hospital counts. The speaker
/// is "our" and a staff noun (attribution.json <c>ownTeamNouns</c>); only read where the document has a voice, so an
/// outlet's quote of someone's "our team" stays unnamed. Met in Unseen84 msf-el-fasher-wounded-first-days-update and
/// MSF's own El Fasher pages. Golden cases: our_team_in_a_release_is_the_body, our_team_in_an_outlets_story_is_nobody.
/// </summary>
internal static class OwnTeam
{
    private static readonly WordSet Nouns = WordLists.Set("ownTeamNouns");

    // "Our records now show more than 2,300 deaths", "our data show": a counting project's own records are the
    // project, as its staff are (attribution.json ownRecordNouns; golden case a_monitors_masthead_gives_its_page_its_voice).
    private static readonly WordSet RecordNouns = WordLists.Set("ownRecordNouns");

    /// <summary>
    /// Whether the speaker's words are "our" and a staff or record noun ("our team", "our medical teams", "our
    /// records"), or a bare "we" ("we have confirmed the names of 98,410": a counting outlet's page in its own voice,
    /// golden case a_counting_outlets_masthead_speaks_as_we).
    /// </summary>
    public static bool Is(string speaker)
    {
        var words = speaker.AsSpan().Trim();
        if (words.Equals("we", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (!words.StartsWith("our ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var noun = words[4..].Trim();
        return Nouns.Contains(noun) || RecordNouns.Contains(noun);
    }
}
