using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Once the session resumed behind closed doors, Katz presented the ministry's requests …, including funding for 15,000
/// additional reservists, according to a committee member who attended" (Unseen81 jpost-katz-knesset), "Gantz's
/// statements contained no secret information, according to people who were present" (Knesset committee reporting): a
/// closed session is relayed by someone who sat in it, and the figure is the briefer's, the registered body the
/// sentence names before the relay, as the golds credit relayed briefings (the NIS for lawmakers, Katz for committee
/// members). Only a speaker the registry does not know, followed at once by an attendance clause (speakers.json
/// attendeeClauses), and only a body named in the same sentence before him. Golden cases:
/// an_attendee_relays_the_body_that_briefed_the_session, an_attendee_with_no_body_named_stays_unsourced.
/// </summary>
internal static class AttendeesRelay
{
    private static readonly WordSet AttendeeClauses = WordLists.Set("attendeeClauses");

    /// <summary>The body the attendee at <paramref name="speaker"/> relays, or null.</summary>
    public static SourceDefinition? Briefer(string text, Sentence sentence, Attributor speaker, IReadOnlyList<SourceMention> mentions)
    {
        if (speaker.Source is not null || !AttendedBy(text, speaker.End))
        {
            return null;
        }
        foreach (var m in mentions)
        {
            if (m.Start >= sentence.Start && m.End <= speaker.Start && m.Source is not null)
            {
                return m.Source;
            }
        }
        return null;
    }

    // " who attended", " who were in the room": the attendance clause right after the speaker's words, as whole words.
    private static bool AttendedBy(string text, int end)
    {
        foreach (var clause in AttendeeClauses.Words)
        {
            var stop = end + 1 + clause.Length;
            if (stop <= text.Length && text[end] == ' ' && text.AsSpan(end + 1, clause.Length).Equals(clause, StringComparison.OrdinalIgnoreCase)
                && (stop == text.Length || !char.IsLetter(text[stop])))
            {
                return true;
            }
        }
        return false;
    }
}
