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

    // " who attended", " who were in the room": the attendance clause right after the speaker's words.
    private static bool AttendedBy(string text, int end)
    {
        var rest = text.AsSpan(end);
        if (rest.IsEmpty || rest[0] != ' ')
        {
            return false;
        }
        rest = rest[1..];
        foreach (var clause in AttendeeClauses.Words)
        {
            if (rest.StartsWith(clause, StringComparison.OrdinalIgnoreCase) && (rest.Length == clause.Length || !char.IsLetter(rest[clause.Length])))
            {
                return true;
            }
        }
        return false;
    }
}
