using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Militants also seized 251 hostages, 58 of whom are still held in Gaza, including 34 the military says are dead":
/// a speaker standing right after a count, with no relative pronoun or comma between ("34 the military says are
/// dead"; the verb running on into the predicate, as `QualifyingSpeaker` reads it), opens a zero-relative clause about that count alone. It is the count's source, not the source of the
/// figures before it, which the wire's own background gives (AFP's hostage paragraph, in nearly every Gaza report).
/// Golden case: a_speaker_after_a_count_speaks_for_that_count.
/// </summary>
internal static class ContactRelativeSpeaker
{
    /// <summary>Whether <paramref name="speaker"/> speaks for a count other than the figure at <paramref name="position"/>.</summary>
    public static bool SpeaksForAnother(string text, Attributor speaker, int position) =>
        CountBefore(text, speaker) is var count and >= 0 && count != position;

    /// <summary>Whether every speaker of the sentence speaks for another count than the figure at <paramref name="position"/>: the figure is the writer's own.</summary>
    public static bool NoneSpeaksFor(string text, List<Attributor> own, int position) =>
        own.Count > 0 && own.TrueForAll(a => SpeaksForAnother(text, a, position));

    /// <summary>Whether <paramref name="speaker"/> is a body citing the figure at <paramref name="position"/> in a relative clause right after it (<see cref="FigureTheBodyCites"/>).</summary>
    public static bool HoldsCountAt(string text, Attributor speaker, int position) =>
        FigureTheBodyCites.NounBefore(text, speaker) is var noun and >= 0 && CountEndingAt(text, noun) == position;

    // Where the count the speaker follows starts ("34 the military says are dead"), or -1 when it follows none.
    // "20,000 deaths the United Nations currently cites": the same clause with the figure's noun between count and
    // speaker (<see cref="FigureTheBodyCites"/>).
    private static int CountBefore(string text, Attributor speaker)
    {
        if (QualifyingSpeaker.Is(text, speaker))
        {
            return CountEndingAt(text, speaker.Start);
        }
        return FigureTheBodyCites.NounBefore(text, speaker) is var noun and >= 0 ? CountEndingAt(text, noun) : -1;
    }

    private static int CountEndingAt(string text, int end)
    {
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        var start = end;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == ','))
        {
            start--;
        }
        if (start >= end || text[end - 1] == ',')
        {
            return -1;
        }
        var word = text.AsSpan(start, end - start);
        return char.IsDigit(word[0]) || NumberWord.TryGet(word, out _) ? start : -1;
    }
}
