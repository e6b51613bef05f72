namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…, the Lebanese health ministry has said. Earlier, it had said seven people were killed" (Unseen42 skynews-bachoura),
/// "The Emergency Lawyers group condemned both attacks. In a statement it said at least 12 children …" (Unseen41 menafn),
/// "On Thursday, it had said four …", "In its update it said …": wire copy fronts a time or the channel of a statement
/// and then lets "it" continue the body that closed the sentence before. The walk back from the verb read the fronted
/// phrase as the speaker's name ("Earlier", "In") or stopped at the auxiliary, so the pronoun never spoke. Here the
/// sentence opens with a lead word of such a phrase (attribution.json <c>frontedPhraseLeads</c>), no clause break
/// stands between it and the pronoun (so "In the town where it said" is left alone), and only auxiliaries and adverbs
/// (<c>pronounAuxiliaries</c>) stand between the pronoun and the verb. <see cref="BodyPronoun"/> then resolves it.
/// Golden cases: it_after_a_fronted_time_continues_the_body, it_after_in_a_statement_continues_the_group.
/// </summary>
internal static class FrontedPhrasePronoun
{
    // "In a statement on Sunday, it said" is six tokens; a longer run holds a clause of its own ("Earlier in the week the
    // unit released a video it said showed …", Unseen4 korea-times), where "it" is no fronted phrase's pronoun.
    private const int MaxPhrase = 6;
    private static readonly WordSet Leads = WordLists.Set("frontedPhraseLeads");
    private static readonly WordSet Auxiliaries = WordLists.Set("pronounAuxiliaries");

    /// <summary>The index of the pronoun that speaks the verb at <paramref name="verb"/> after a fronted phrase, or -1.</summary>
    public static int At(string text, List<Token> tokens, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && tokens[k].IsWord && Auxiliaries.Contains(AttributionFinder.Word(text, tokens[k])))
        {
            k--;
        }
        if (k < 1 || k > MaxPhrase || !tokens[k].IsWord || !ClaimLexicon.BodyPronouns.Contains(AttributionFinder.Word(text, tokens[k]))
            || !tokens[0].IsWord || !Leads.Contains(AttributionFinder.Word(text, tokens[0])))
        {
            return -1;
        }
        for (var j = 1; j < k; j++)
        {
            if (tokens[j].IsWord && ClaimLexicon.ClauseBreaks.Contains(AttributionFinder.Word(text, tokens[j])))
            {
                return -1;
            }
        }
        return k;
    }
}
