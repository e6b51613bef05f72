using System.Buffers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The U.S. special envoy for Sudan, Tom Perriello, has said some estimates run as high as 150,000": the estimates are
/// unowned ("some", "other": attribution.json <c>quantifierSpeakers</c>, before a noun of
/// <c>reportedEstimateNouns</c>) and sit inside the clause a named speaker reports, so the figure is that speaker's
/// report, as the gold of Unseen64, Unseen72, Unseen80 and Unseen86 credits the envoy's State Department; the bare
/// quantifier had been chosen as the nearer speaker and credited nobody. Only when nothing but the reporting verb, a
/// short time phrase and "that" stands between the speaker's cue and the estimates: "according to some estimates" with
/// no speaker, or estimates in a clause of their own after a comma ("…, the UN said, while some estimates run higher"),
/// keep no source. Golden cases: a_speaker_reports_some_estimates, estimates_in_a_clause_of_their_own_stay_unowned.
/// </summary>
internal static class ReportedEstimates
{
    private static readonly WordSet Nouns = WordLists.Set("reportedEstimateNouns");
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",;:.0123456789");
    private const int MaxWordsBetween = 6;

    /// <summary>The named speaker who reports the unowned estimates <paramref name="chosen"/> stands for, or null.</summary>
    public static Attributor? Reporter(string text, List<Attributor> own, Attributor? chosen)
    {
        if (chosen is null || !QuantifierSpeaker.Is(chosen) || !Nouns.Contains(IndefiniteBodyVoice.NextWord(text, chosen.End)))
        {
            return null;
        }
        Attributor? reporter = null;
        foreach (var a in own)
        {
            if (a.Source is not null && a.Cue == AttributorCue.Verb && a.End <= chosen.Start && a.Position < chosen.Start)
            {
                reporter = a;
            }
        }
        return reporter is not null && OnlyTheReport(text, Math.Max(reporter.End, reporter.Position), chosen.Start) ? reporter : null;
    }

    // "has said that", "said in May that": a few words with no clause break and no figure of their own.
    private static bool OnlyTheReport(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from);
        if (gap.IndexOfAny(ClauseBreaks) >= 0)
        {
            return false;
        }
        var words = 0;
        foreach (var _ in new SpacedWords(gap.ToString()))
        {
            words++;
        }
        return words <= MaxWordsBetween;
    }
}
