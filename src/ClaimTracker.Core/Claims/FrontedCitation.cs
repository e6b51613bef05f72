namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Citing the Ministry of Health in Gaza, the UN health agency said at least 1,050 patients had died": a citation
/// fronted at the head of the sentence names whose figures the speaker passes on, whoever the speaker is (an agency, a
/// person, an outlet), so the one cited is the source. Golden case: fronted_citing_credits_the_one_cited.
/// </summary>
internal static class FrontedCitation
{
    /// <summary>The sentence's citation with a registry source, when its cue word opens the sentence; else null.</summary>
    public static Attributor? Find(string text, List<Attributor> own)
    {
        foreach (var a in own)
        {
            if (a.Cue == AttributorCue.Citing && a.Source is not null && OpensSentence(text, a.Position))
            {
                return a;
            }
        }
        return null;
    }

    // A capitalised cue with nothing before it on its line but spaces, or after the previous sentence's full stop.
    private static bool OpensSentence(string text, int position)
    {
        if (position >= text.Length || !char.IsUpper(text[position]))
        {
            return false;
        }
        var k = position;
        while (k > 0 && text[k - 1] is ' ' or '\t')
        {
            k--;
        }
        return k == 0 || text[k - 1] is '\n' or '\r' or '.' or '!' or '?' or '”' or '"';
    }
}
