namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Adnan Hijazi, a resident who helped carry the wounded, told MEE that he counted more than 40 bodies": a "he" or "she"
/// inside the words a speaker of the same sentence reports is that speaker, not one of the sentence before (the Israeli
/// military there). An unregistered speaker so continued gives no source, as the speaker would (Unseen14
/// middle-east-eye-gaza-school-dawn-prayer; golden case framed_pronoun_is_the_speaker).
/// </summary>
internal static class FramedPronoun
{
    private static readonly WordSet Personal = new("he", "she");

    /// <summary>The attributor of the same sentence whose frame holds the pronoun at <paramref name="a"/>, or null.</summary>
    public static Attributor? Frame(List<Attributor> own, int a)
    {
        if (!own[a].IsAnaphor || !Personal.Contains(own[a].Text))
        {
            return null;
        }
        for (var b = a - 1; b >= 0; b--)
        {
            // Another pronoun or "it" before is no frame of its own; a speaker named before it is.
            if (own[b].End <= own[a].Start && !own[b].IsAnaphor)
            {
                return own[b];
            }
        }
        return null;
    }
}
