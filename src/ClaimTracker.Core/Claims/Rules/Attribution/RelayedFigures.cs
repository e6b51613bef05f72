using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Konashenkov also gave casualty numbers for the Ukrainian military: more than 2,840 killed, …, according to Al
/// Jazeera"; "A regional governor relayed news of another 70 military deaths, according to AP": the clause's subject
/// passes the figures on (a passing-on verb and a figures noun, attribution.json passingOnVerbs / passedOnNouns), and a
/// news outlet cited after them only relayed that subject's words, so the outlet is no source (the gold's convention:
/// an outlet is credited for its own tally, not for carrying another's). An unnamed passer-on ("A regional governor")
/// is a new speaker the registry cannot name, so the figure has none. A named one ("Konashenkov") is left to the other
/// rules for now: the speaker in scope may be another outlet ("…, CNN reported"), and the name must be matched to
/// its earlier full mention first. Golden case: an_outlet_after_a_passer_on_only_relays (near-miss: "At least 16 people drowned,
/// according to Reuters" stays the outlet's).
/// </summary>
internal static class RelayedFigures
{
    public enum Passer { None, Named, Unnamed }

    private static readonly WordSet Verbs = WordLists.Set("passingOnVerbs");
    private static readonly WordSet Nouns = WordLists.Set("passedOnNouns");
    // Words between the passing-on verb and its figures noun ("gave casualty numbers", "relayed news of").
    private const int NounReach = 3;

    /// <summary>Who passed on the figure starting at <paramref name="figure"/>, when the sentence's only cues are outlets cited after it.</summary>
    public static Passer Find(string text, List<Attributor> own, int sentenceStart, int figure)
    {
        // Cheap test first: every cue is a media "according to" after the figure.
        if (!own.TrueForAll(a => a.Cue == AttributorCue.AccordingTo && a.Source is { Kind: SourceKind.Media } && a.Start > figure))
        {
            return Passer.None;
        }
        var clause = text.AsSpan(sentenceStart, figure - sentenceStart);
        Span<Range> ranges = stackalloc Range[24];
        var length = clause.Split(ranges, ' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k < length && k < 6; k++)
        {
            if (!Verbs.Contains(clause[ranges[k]]))
            {
                continue;
            }
            for (var n = k + 1; n < length && n <= k + NounReach; n++)
            {
                if (Nouns.Contains(clause[ranges[n]].TrimEnd(":,")))
                {
                    return clause[ranges[0]] is "A" or "An" ? Passer.Unnamed : Passer.Named;
                }
            }
            return Passer.None;
        }
        return Passer.None;
    }
}
