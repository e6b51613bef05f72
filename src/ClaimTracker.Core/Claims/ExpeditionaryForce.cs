namespace ClaimTracker.Core.Claims;

/// <summary>
/// A story whose headline names a state known here only by the force it sent abroad ("Kim honours troops back from
/// Kursk", "N. Korea sent some 5,000 military builders to Russia") is that force's story: soldiers it counts with no
/// people of their own ("some 1,000 military engineers remain in the Kursk region", "two of the soldiers had given
/// themselves up", "had cost Pyongyang about 2,000 lives") are that state's. Read last, only for military counts no other
/// rule gave a people (Russian and Ukrainian soldiers in the same stories are named so); populations.json
/// <c>expeditionaryForces</c> lists the states ("KP"). Golden cases: the_expeditionary_force_story,
/// soldiers_without_the_force_in_the_headline.
/// </summary>
internal static class ExpeditionaryForce
{
    private static readonly WordSet Forces = WordLists.Set("expeditionaryForces");
    private static readonly WordSet DistinctForces = WordLists.Set("distinctForces");
    private static readonly WordSet Locatives = WordLists.Set("locatives");

    public static void Give(string text, List<Sentence> sentences, List<ClaimDraft> drafts)
    {
        if (sentences.Count == 0 || Headline(text, sentences[0]) is not { } force)
        {
            return;
        }
        var tokens = new List<Token>();
        foreach (var draft in drafts)
        {
            if (draft.Military && draft.Nationalities.Count == 0 && draft.Noun == "troops" && (draft.NounWord is not { } word || !DistinctForces.Contains(word))
                && !OtherCountryBefore(text, sentences[draft.Sentence].Start, draft.Number.Start, force, tokens))
            {
                draft.Nationalities = [force.Adjective];
            }
        }
    }

    // "Burundi, which has some 9,000 soldiers in eastern Congo": another country named before the count in its
    // sentence owns it, or may; one after it ("gave themselves up to a Ukrainian patrol") does not, nor a place ("in
    // western Russia", "the Russia-Ukraine border"), nor the state that watches the force ("South Korean officials said").
    private static bool OtherCountryBefore(string text, int start, int end, Nationality force, List<Token> tokens)
    {
        Token.Split(text, start, end, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is { } named)
            {
                // "remain in western Russia", "near the Russia-Ukraine border": a country named as a place owns no one.
                var place = i > 0 && tokens[i - 1].IsWord && Locatives.Contains(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length));
                var border = (i + named.Tokens < tokens.Count && text[tokens[i + named.Tokens].Start] == '-') || (i > 0 && text[tokens[i - 1].Start] == '-');
                if (named.Nationality.Country != force.Country && !place && !border && !WatchingState.Watches(named.Nationality, force))
                {
                    return true;
                }
                i += named.Tokens - 1;
            }
        }
        return false;
    }

    // The expeditionary state the headline (the article's first sentence) names, if any.
    private static Nationality? Headline(string text, Sentence headline)
    {
        var tokens = new List<Token>();
        Token.Split(text, headline.Start, headline.End, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is { } named)
            {
                if (Forces.Contains(named.Nationality.Country))
                {
                    return named.Nationality;
                }
                i += named.Tokens - 1;
            }
        }
        return null;
    }
}
