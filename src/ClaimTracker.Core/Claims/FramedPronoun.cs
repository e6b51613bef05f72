namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Adnan Hijazi, a resident who helped carry the wounded, told MEE that he counted more than 40 bodies": a "he" or "she"
/// inside the words a speaker of the same sentence reports is that speaker, not one of the sentence before (the Israeli
/// military there). An unregistered speaker so continued gives no source, as the speaker would (Unseen14
/// middle-east-eye-gaza-school-dawn-prayer; golden case framed_pronoun_is_the_speaker). "Gaza's Civil Defence said its
/// crews had recovered 11 bodies and that they estimate about 9,500 remain missing": a "they" inside a registered body's
/// frame is that body's own people (Unseen21 anadolu-gaza-toll-since-ceasefire; golden case they_inside_a_bodys_frame).
/// </summary>
internal static class FramedPronoun
{
    private static readonly WordSet Personal = new("he", "she");
    private static readonly WordSet Plural = new("they");

    /// <summary>The attributor of the same sentence whose frame holds the pronoun at <paramref name="a"/>, or null.</summary>
    public static Attributor? Frame(List<Attributor> own, int a)
    {
        var plural = Plural.Contains(own[a].Text);
        if (!own[a].IsAnaphor || !(Personal.Contains(own[a].Text) || plural))
        {
            return null;
        }
        for (var b = a - 1; b >= 0; b--)
        {
            // Another pronoun or "it" before is no frame of its own; a speaker named before it is. A body the sentence
            // opens by citing is not: "Citing his country's spy agency, he said …" is the envoy relaying the agency, so
            // "he" stays the envoy and the next sentence's "he" is no spy agency (Unseen61
            // un-news-security-council-dprk-captured-kursk; golden case citing_a_body_leaves_he_the_envoy).
            if (own[b].End <= own[a].Start && !own[b].IsAnaphor && own[b].Cue != AttributorCue.Citing)
            {
                // "they" takes up only a body the registry knows: "residents said they …" stays as it was.
                return plural && own[b].Source is null ? null : own[b];
            }
        }
        return null;
    }
}
