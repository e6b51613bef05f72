namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Militants also seized 251 hostages, 111 of whom are still held in Gaza, including 39 the Israeli military says are
/// dead": a speaker whose verb runs straight on into the clause's predicate ("says are dead", "whom Israeli authorities
/// believe are alive") sits in a relative clause that qualifies the figure right before it. Its frame reaches that
/// figure and the ones after it only: the earlier counts of the sentence keep the speaker they would have had without
/// it (the one in scope, or none), and it opens no scope for the sentences after (attribution.json
/// qualifyingPredicates). AFP's standing hostage line and AP's "… the military believes are dead" say it this way.
/// Golden case: a_speaker_inside_a_relative_clause_reaches_its_own_figure.
/// </summary>
internal static class QualifyingSpeaker
{
    private static readonly WordSet Predicates = WordLists.Set("qualifyingPredicates");
    // Words that may stand between the figure and its qualifying speaker: "39 the military", "40 whom", "34 hostages whom".
    private const int HeadReach = 3;
    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(",;:.()0123456789");

    /// <summary>Whether the speaker's verb is followed at once by a predicate ("says are dead", "believes were killed").</summary>
    public static bool Is(string text, Attributor speaker)
    {
        if (speaker.Cue != AttributorCue.Verb || speaker.Start >= speaker.Position)
        {
            return false;
        }
        var p = speaker.Position;
        while (p < text.Length && char.IsLetter(text[p]))
        {
            p++;
        }
        var gap = p;
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }
        var start = p;
        while (p < text.Length && char.IsLetter(text[p]))
        {
            p++;
        }
        return start > gap && p > start && Predicates.Contains(text.AsSpan(start, p - start));
    }

    /// <summary>
    /// The sentence's speakers that reach the figure ending at <paramref name="end"/>: a qualifying speaker after it is
    /// left out unless the figure is the one it qualifies.
    /// </summary>
    public static List<Attributor> Reaching(string text, List<Attributor> own, int end)
    {
        if (!own.Exists(a => a.Start >= end && Is(text, a)))
        {
            return own;
        }
        return own.FindAll(a => a.Start < end || !Is(text, a) || Qualifies(text, end, a.Start));
    }

    // The figure heads the clause: a few words and no punctuation or other figure between it and the speaker.
    private static bool Qualifies(string text, int end, int speaker)
    {
        var between = text.AsSpan(end, speaker - end);
        if (between.IndexOfAny(Breaks) >= 0)
        {
            return false;
        }
        var words = 0;
        var inWord = false;
        foreach (var c in between)
        {
            if (char.IsLetter(c) && !inWord)
            {
                words++;
            }
            inWord = char.IsLetter(c);
        }
        return words <= HeadReach;
    }
}
