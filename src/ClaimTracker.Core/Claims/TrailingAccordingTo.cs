namespace ClaimTracker.Core.Claims;

/// <summary>
/// "A party official said the group had kept the truce, during which troops killed at least 170 people, according to
/// the health ministry": an "according to" that closes the figure's clause names where the figure comes from, ahead of
/// a speaker before it, who only frames or relays it. It holds no figure across another one ("the agency says 40,000
/// have died, while 12 million have fled according to the IOM": the IOM's is the second only). Golden cases:
/// according_to_closes_a_speakers_clause, according_to_holds_only_the_figure_it_closes, according_to_two_bodies_keeps_the_speaker.
/// </summary>
internal static class TrailingAccordingTo
{
    /// <summary>The "according to" attributor after the figure that ends at <paramref name="figureEnd"/>, when a verb's speaker stands before it; else null.</summary>
    public static Attributor? Find(string text, List<Attributor> own, Attributor? before, int figureEnd)
    {
        if (before is not { Cue: AttributorCue.Verb })
        {
            return null;
        }
        foreach (var a in own)
        {
            if (a.Cue == AttributorCue.AccordingTo && a.Position >= figureEnd)
            {
                return a.Source is not null && !Coordinated(a) && NothingBetween(text, figureEnd, a.Position) ? a : null;
            }
        }
        return null;
    }

    // "according to Lebanese and Syrian authorities": two bodies, neither of which is the figure's one source; the
    // speaker who gathered their counts keeps it (Unseen3's IOM figure).
    private static bool Coordinated(Attributor a) => a.Text.Contains(" and ", StringComparison.Ordinal);

    // No other figure and no semicolon between the figure and the cue: the cue closes this figure's clause.
    private static bool NothingBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsDigit(text[i]) || text[i] == ';')
            {
                return false;
            }
        }
        return true;
    }
}
