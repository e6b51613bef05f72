namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…, killing at least three people … and wounding 11, including seven journalists, Palestinian medics said": medics
/// named by their nation alone are the staff at the scene, anonymous as "medics said" is, not the country's health
/// ministry that the story names in another paragraph; the gold convention credits no source (Unseen44 hindu-ap-nasser,
/// Unseen2 reuters-gaza-medics' bare "medics said"). Without this, <c>ClaimExtractor.ResolveByCountry</c> reads the
/// nation word as the speaker's country and hands it the Gaza Health Ministry. "medics with the Gaza health
/// authorities" names its body and never reaches here. Heads as data (speakers.json <c>unnamedMedicHeads</c>).
/// Golden cases: a_nations_medics_are_no_ministry, a_nations_health_officials_stay_the_ministry (control: "Palestinian health officials" is a registered alias).
/// </summary>
internal static class UnnamedMedics
{
    private static readonly WordSet Heads = WordLists.Set("unnamedMedicHeads");

    /// <summary>Whether the speaker's last word is a medic noun ("Palestinian medics", "Lebanese paramedics").</summary>
    public static bool Is(string attributorText)
    {
        var words = attributorText.AsSpan().TrimEnd().TrimEnd(",.;:");
        return Heads.Contains(words[(words.LastIndexOf(' ') + 1)..]);
    }
}
