namespace ClaimTracker.Core.Claims;

/// <summary>
/// "said the war had claimed at least 40,000 lives", "a strike claimed the lives of 11 people": "claimed" with lives as
/// its object is the toll's verb, not a speaker claiming something, so its subject (the war, the strike) is no speaker
/// and the figure keeps the frame around it ("…, she said"). Only numbers and lead words (attribution.json
/// livesClaimLeads) may stand between the verb and "lives"; "the group claimed 40 kills" still speaks (Unseen70
/// africaface-wfp-hunger-iom-displacement, branch fit70s2). Golden cases: a_war_that_claimed_lives_is_no_speaker,
/// a_claim_of_something_else_still_speaks.
/// </summary>
internal static class ClaimedLives
{
    private static readonly WordSet Verbs = WordLists.Set("livesClaimVerbs");
    private static readonly WordSet Leads = WordLists.Set("livesClaimLeads");
    private static readonly WordSet Lives = WordLists.Set("livesNouns");
    // "claimed more than 15,550 lives", "claimed the lives of": the furthest "lives" is read.
    private const int Reach = 6;

    /// <summary>Whether the verb at token <paramref name="i"/> claims lives: only numbers and lead words before "lives".</summary>
    public static bool Is(string text, List<Token> tokens, int i)
    {
        if (!Verbs.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)))
        {
            return false;
        }
        for (var k = i + 1; k < tokens.Count && k <= i + Reach; k++)
        {
            var t = tokens[k];
            var word = text.AsSpan(t.Start, t.Length);
            if (!t.IsWord)
            {
                return false;
            }
            if (Lives.Contains(word))
            {
                return true;
            }
            if (!Leads.Contains(word) && !char.IsDigit(word[0]))
            {
                return false;
            }
        }
        return false;
    }
}
