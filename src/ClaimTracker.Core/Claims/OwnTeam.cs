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

    /// <summary>Whether the speaker's words are "our" and a staff noun ("our team", "our medical teams").</summary>
    public static bool Is(string speaker)
    {
        var words = speaker.AsSpan().Trim();
        return words.StartsWith("our ", StringComparison.OrdinalIgnoreCase) && Nouns.Contains(words[4..].Trim());
    }
}
