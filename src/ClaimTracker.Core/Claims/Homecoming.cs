using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Who came home in a swap is the home side's (issue 10, subject): "Kyiv said 175 soldiers and 12 civilians had come
/// home, while Russia's defence ministry said 150 servicemen had been returned" counts Ukrainian soldiers and civilians
/// and Russian servicemen. A count with no people of its own, followed closely (a few words) by a homecoming phrase
/// (populations.json <c>homecomingPhrases</c>: "come home", "been returned", "brought home"), counts the people of the
/// state whose government, army or state media gives it. Phrases of release are not homecoming: the captor frees the
/// other side's people. Golden cases: who_came_home_is_the_home_sides, release_by_the_captor_is_no_homecoming.
/// A share of those a swap freed, given by one side's state ("Interior Minister Ihor Klymenko said 57 of those freed
/// belonged to the ministry's services: 33 National Guard members, 22 border guards"; populations.json
/// <c>freedShares</c>), counts that state's people, and so does the list after its colon, whatever the sentence before
/// counted (there: the other side's returned). Golden case: a_share_of_those_freed_is_the_home_sides.
/// Hostages returned are not a side's people by the state that receives them (counts.json <c>unreturnedNationNouns</c>;
/// the golds keep hostages bare: "the Israeli Prime Minister's Office announced that the remains of three deceased
/// hostages had been returned to Israel", Unseen47 xinhua). Golden case: hostages_returned_to_a_country_keep_no_nation.
/// </summary>
internal static class Homecoming
{
    // "had come home", "have been returned": the phrase follows the count closely, in its own clause.
    private const int Reach = 6;
    private static readonly WordPhrases Phrases = new(WordLists.Set("homecomingPhrases"));
    private static readonly PhraseEnds PhraseStarts = new(WordLists.Set("homecomingPhrases"));

    private static readonly WordPhrases FreedShares = new(WordLists.Set("freedShares"));
    private static readonly PhraseEnds FreedShareStarts = new(WordLists.Set("freedShares"));
    private static readonly WordSet UnreturnedNationNouns = WordLists.Set("unreturnedNationNouns");

    /// <summary>Gives a swap's shares and their lists their home state's people, over what an earlier count gave them.</summary>
    public static void GiveShares(string text, List<ClaimDraft> drafts, SentenceTokens sentenceTokens)
    {
        ClaimDraft? share = null;
        foreach (var draft in drafts)
        {
            if (OfAShare(text, sentenceTokens.Of(draft.Sentence), draft, share) is { } home)
            {
                draft.Nationalities = [home.Adjective];
                share = draft.Sentence == share?.Sentence ? share : draft;
            }
        }
    }

    // A colon token starting in [from, to). A loop, not Exists with a lambda: the lambda's closure over the drafts was
    // made on every call, not only where a share is read (branch `speed27`).
    private static bool ColonBetween(string text, List<Token> tokens, int from, int to)
    {
        foreach (var t in tokens)
        {
            if (!t.IsWord && text[t.Start] == ':' && t.Start >= from && t.Start < to)
            {
                return true;
            }
        }
        return false;
    }

    // The state whose people "N of those freed" counts, for the draft or for a list entry after the colon of such a
    // count (the share, the last one read in the sentence); null otherwise.
    private static Nationality? OfAShare(string text, List<Token> tokens, ClaimDraft draft, ClaimDraft? share)
    {
        if (share is not null && share.Sentence == draft.Sentence && share.Number.End <= draft.Number.Start
            && ColonBetween(text, tokens, share.Number.End, draft.Number.Start))
        {
            return share.Source?.Country is { } state && Nationality.OfCountry(state) is { } listed && share.Nationalities.Contains(listed.Adjective) ? listed : null;
        }
        if (!GivenByAState(draft, out var country))
        {
            return null;
        }
        var after = CountToken.At(tokens, draft.Number.End);
        return after >= 0 && FreedShareStarts.MayStartBetween(text, tokens, after, after + 1) && FreedShares.StartsBetween(text, tokens, after, after + 1) ? Nationality.OfCountry(country) : null;
    }

    private static bool GivenByAState(ClaimDraft draft, out string country)
    {
        country = draft.Source?.Country ?? "";
        return draft.Source is { Country: not null } source && (source.Kind is SourceKind.Government or SourceKind.Military || StateMedia.Is(source));
    }

    /// <summary>
    /// Whether the count is of hostages whose return home follows it ("the bodies of three deceased Israeli captives had
    /// been returned to Israel", Unseen58 aljazeera-gaza-ceasefire): the golds keep returned hostages bare whatever
    /// demonym the phrase gives them, as they do when the receiving state gives the count (counts.json
    /// <c>unreturnedNationNouns</c>). Asked only for a count that already has a nation and a hostage noun.
    /// Golden case: returned_captives_keep_no_nation.
    /// </summary>
    public static bool ReturnedHostages(string text, List<Token> tokens, ClaimDraft draft)
    {
        if (!UnreturnedNationNouns.Contains(draft.NounWord ?? draft.Noun))
        {
            return false;
        }
        var after = CountToken.At(tokens, draft.Number.End);
        return after >= 0 && PhraseStarts.MayStartBetween(text, tokens, after, after + Reach) && Phrases.StartsBetween(text, tokens, after, after + Reach);
    }

    public static Nationality? Of(string text, List<Token> tokens, ClaimDraft draft)
    {
        if (draft.Source is not { Country: { } country } source || UnreturnedNationNouns.Contains(draft.NounWord ?? draft.Noun)
            || source.Kind is not (SourceKind.Government or SourceKind.Military) && !StateMedia.Is(source))
        {
            return null;
        }
        var after = CountToken.At(tokens, draft.Number.End);
        return after >= 0 && PhraseStarts.MayStartBetween(text, tokens, after, after + Reach) && Phrases.StartsBetween(text, tokens, after, after + Reach) ? Nationality.OfCountry(country) : null;
    }
}
