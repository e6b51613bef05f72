namespace ClaimTracker.Core.Claims;

/// <summary>
/// Civilians on the move are displaced, not deployed: "around 16,000 children had arrived in Tawila", "tens of
/// thousands of people had walked to the town", "some 300,000 reached the border". A verb of arrival or movement
/// (metrics.json onTheMove) after a count of civilians (movingCivilians) that no other fate word describes; soldiers
/// who arrive stay deployed. A relative clause right after the civilians that moves them says the same, whatever the
/// main verb after it ("registered around 11,400 people who reached Tawila from El Fasher", "4,000 people who fled El
/// Fasher have reached Tawila", where the main verb read them as deployed): "who"/"that", up to two auxiliaries, then a
/// move or a flight (onTheMove, displaced). Sudan's and Ukraine's NGO and UN releases count arrivals so.
/// "About 60 of them went to Tawila" after families displaced is the same move ("went" in onTheMove; Unseen40).
/// Golden cases: civilians_arriving_are_displaced, civilians_who_fled_or_arrived, civilians_who_went_to_a_place_are_displaced.
/// </summary>
internal sealed class CiviliansOnTheMove : CountPhraseRule
{
    public static readonly CiviliansOnTheMove Rule = new();

    private static readonly WordSet Moves = WordLists.Set("onTheMove");
    private static readonly WordSet Civilians = WordLists.Set("movingCivilians");
    private static readonly WordSet Auxiliaries = WordLists.Set("relativeAuxiliaries");

    private CiviliansOnTheMove()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Military || !Civilians.Contains(draft.NounWord ?? draft.Noun))
        {
            return true;
        }
        if (((draft.Metric == Metric.Deployed || (draft.Metric == Metric.Other && draft.MetricGuessed)) && reader.HasAny(Moves, phrase.AfterCount, phrase.Right))
            || (draft.Metric is Metric.Deployed or Metric.Other && MovedInRelativeClause(reader, phrase.AfterCount)))
        {
            draft.Metric = Metric.Displaced;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // "people who reached Tawila", "people who had fled El Fasher", "families that have arrived".
    private static bool MovedInRelativeClause(PeopleCountReader reader, int after)
    {
        if (!(reader.Is(after, "who") || reader.Is(after, "that")))
        {
            return false;
        }
        var i = after + 1;
        for (var aux = 0; aux < 2 && reader.IsIn(i, Auxiliaries); aux++)
        {
            i++;
        }
        return i < reader.Tokens.Count && reader.Tokens[i].IsWord && (Moves.Contains(reader.Word(i)) || ClaimLexicon.Displaced.Contains(reader.Word(i)));
    }
}
