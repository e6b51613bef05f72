namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The war has killed more than 24,000 people, according to the UN, while a study by British universities estimates
/// the toll at around 128,000": a speaker who opens a contrasting clause ("while", "whereas", "but": attribution.json
/// contrastConjunctions) right after a registered frame speaks for the figures of that clause, even when it names no
/// registered body; the frame before does not reach across the conjunction to take them back. Golden case:
/// a_contrasted_study_keeps_its_own_figure.
/// </summary>
internal static class ContrastedSpeaker
{
    private static readonly WordSet Conjunctions = WordLists.Set("contrastConjunctions");

    /// <summary>Whether <paramref name="speaker"/> opens a contrasting clause right after <paramref name="frame"/> closes.</summary>
    public static bool Separates(string text, Attributor frame, Attributor speaker)
    {
        var from = Math.Max(frame.End, frame.Position);
        if (from >= speaker.Start)
        {
            return false;
        }
        var gap = text.AsSpan(from, speaker.Start - from).Trim().TrimStart(',').Trim();
        return !gap.IsEmpty && gap.IndexOfAny(' ', ',') < 0 && Conjunctions.Contains(gap);
    }
}
