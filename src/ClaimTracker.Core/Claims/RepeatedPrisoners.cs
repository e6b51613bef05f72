namespace ClaimTracker.Core.Claims;

/// <summary>
/// Soldiers taken prisoner and then named again by their figure after "the" are still the captured army's, whoever
/// holds them or speaks of them: after "two North Korean soldiers captured by the Ukrainian military", "Ukraine is
/// prepared to return the two soldiers to North Korea" (Unseen35 euromaidan-yonhap), "a Ukrainian source said the two
/// soldiers, surnamed Ri and Baek, …" (Unseen68 asiae), "the two soldiers the Ukrainians said they wounded and captured"
/// (Unseen83 kbs-news-today) and "The two men survived their injuries" (Unseen18 dw) count North Koreans, where the
/// captor's nation (the sentence's subject, the speaker's side) had been lent to them. Read once every count has its
/// people: a definite repeat (<see cref="DefiniteRepeat.AfterThe"/>) of soldiers, men or prisoners takes the nation of
/// the latest earlier captured count of soldiers of the same value, unless its own words name its nation
/// (<see cref="CountsOwnWords"/>: "the two Ukrainian soldiers"). Golden case: the_captured_named_again_keep_their_army.
/// </summary>
internal static class RepeatedPrisoners
{
    private static readonly WordSet RepeatNouns = WordLists.Set("repeatedPrisonerNouns");

    public static void Give(string text, List<ClaimDraft> drafts, SentenceTokens sentenceTokens)
    {
        for (var i = 1; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (draft.Number.Value is not { } value || draft.Nationalities.Count > 1 || !RepeatNouns.Contains(draft.Noun)
                || !DefiniteRepeat.AfterThe(text, draft.Number.Start) || Captured(drafts, i, value) is not { } captured
                || draft.Nationalities.SequenceEqual(captured.Nationalities))
            {
                continue;
            }
            if (draft.Nationalities.Count == 1 && Nationality.OfPhrase(draft.Nationalities[0]) is { } lent
                && CountsOwnWords.Name(text, sentenceTokens.Of(draft.Sentence), draft, lent.Country))
            {
                continue;
            }
            (draft.Nationalities, draft.Noun, draft.Military) = (captured.Nationalities, captured.Noun, true);
        }
    }

    // The latest count before the i-th of soldiers of one nation taken prisoner, of the same value; null if none.
    private static ClaimDraft? Captured(List<ClaimDraft> drafts, int i, double value)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            var earlier = drafts[j];
            if (earlier.Number.Value == value && earlier.Metric == Metric.Captured && earlier.Military && earlier.Noun == "troops"
                && earlier.Nationalities.Count == 1)
            {
                return earlier;
            }
        }
        return null;
    }
}
