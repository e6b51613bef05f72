namespace ClaimTracker.Core.Claims;

/// <summary>
/// One person taken from each member of a group counts no total: "at least one person from each family had come", "one
/// member per household". Such a figure describes how a group was drawn, and the reports that use it (a village wake, a
/// funeral, a call-up by household) give the total, if any, elsewhere. Larger figures stay counts: "swapped 100 soldiers
/// from each side" and "loses 40 soldiers in every storming" are read as the sets annotate them (EachSideOpponent,
/// LostInTheFighting). The model: "one", then up to two words (its people noun), then a preposition (counts.json
/// <c>distributivePrepositions</c>) and a distributive determiner (<c>distributiveDeterminers</c>). Unseen41 pravda-hroza.
/// Golden cases: one_from_each_family_is_no_count, one_family_member_killed_is_a_count (negative control).
/// </summary>
internal sealed class DistributiveCount : CountPhraseRule
{
    public static readonly DistributiveCount Rule = new();

    // "one person from each family", "one elderly member of every household": the noun phrase before the preposition.
    private const int NounReach = 2;

    private static readonly WordSet Prepositions = WordLists.Set("distributivePrepositions");
    private static readonly WordSet Determiners = WordLists.Set("distributiveDeterminers");

    private DistributiveCount()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.Number.Value != 1 || phrase.Number.Kind == Numbers.NumberKind.Vague)
        {
            return true;
        }
        var tokens = reader.Tokens;
        for (var i = phrase.Last + 1; i < tokens.Count && i <= phrase.Last + NounReach + 1 && tokens[i].IsWord; i++)
        {
            if (reader.IsIn(i, Prepositions))
            {
                return !reader.IsIn(i + 1, Determiners);
            }
        }
        return true;
    }
}
