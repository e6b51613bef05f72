namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Five people were wounded in Odesa … Five others were wounded in Mykolaiv", "Three civilians were killed in Bakhmut
/// … three other civilians were killed in Kostiantynivka": a count followed by "other" or "others" (counts.json
/// otherGroupWords) names a group distinct from one counted before, so two body statements of the same figure are two
/// claims, never a repeat. A headline still folds into such a count: "wounds six journalists" over "Six other reporters
/// were hurt" (other than the reporter killed) is one group (Unseen44 hindu-ap-nasser; golden cases
/// RepeatedClaimTests A_count_of_others_is_no_repeat_of_the_same_figure_before_it and A_headline_folds_into_a_body_count_of_other_reporters).
/// </summary>
internal static class OtherGroup
{
    private static readonly WordSet Words = WordLists.Set("otherGroupWords");

    public static bool Names(ExtractedClaim claim)
    {
        var word = WordAfter(claim);
        return word.Length > 0 && Words.Contains(word);
    }

    /// <summary>The word right after a claim's number ("others", "brothers"), or an empty span.</summary>
    internal static ReadOnlySpan<char> WordAfter(ExtractedClaim claim)
    {
        var after = claim.Suffix.AsSpan().TrimStart();
        var end = 0;
        while (end < after.Length && char.IsLetter(after[end]))
        {
            end++;
        }
        return after[..end];
    }
}
