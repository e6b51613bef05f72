namespace ClaimTracker.Core.Claims;

/// <summary>
/// "More than 640 Ukrainian children have been killed … Another 1,500 children were wounded": a count marked as more of
/// the same ("another", "a further", "more": <see cref="ClaimDraft.Increment"/>) with the same people noun as a count
/// just before it that named its people counts those people too, whatever its fate. Only within two sentences and one
/// entry of the story, and only when the earlier count is the last with that noun (golden case:
/// another_count_of_the_same_people). Read by <see cref="OwnPopulation"/>.
/// </summary>
internal static class MoreOfTheSame
{
    private const int SentencesBack = 2;

    /// <summary>The people of the earlier count <paramref name="draft"/> adds to, or null.</summary>
    public static IReadOnlyList<string>? Of(ClaimDraft draft, List<ClaimDraft> drafts, int[] entries)
    {
        if (draft.Increment != true || draft.NounWord is null || draft.AsideOf is not null)
        {
            return null;
        }
        for (var i = drafts.IndexOf(draft) - 1; i >= 0; i--)
        {
            var before = drafts[i];
            if (draft.Sentence - before.Sentence > SentencesBack || entries[before.Sentence] != entries[draft.Sentence])
            {
                return null;
            }
            if (before.NounWord == draft.NounWord && before.Military == draft.Military)
            {
                return before.Nationalities.Count > 0 ? before.Nationalities : null;
            }
        }
        return null;
    }
}
