namespace ClaimTracker.Core.Claims;

/// <summary>
/// Civilians on the move are displaced, not deployed: "around 16,000 children had arrived in Tawila", "tens of
/// thousands of people had walked to the town", "some 300,000 reached the border". A verb of arrival or movement
/// (metrics.json onTheMove) after a count of civilians (movingCivilians) that no other fate word describes; soldiers
/// who arrive stay deployed. Golden case: civilians_arriving_are_displaced.
/// </summary>
internal sealed class CiviliansOnTheMove : CountPhraseRule
{
    public static readonly CiviliansOnTheMove Rule = new();

    private static readonly WordSet Moves = WordLists.Set("onTheMove");
    private static readonly WordSet Civilians = WordLists.Set("movingCivilians");

    private CiviliansOnTheMove()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (!draft.Military && (draft.Metric == Metric.Deployed || (draft.Metric == Metric.Other && draft.MetricGuessed))
            && Civilians.Contains(draft.NounWord ?? draft.Noun) && reader.HasAny(Moves, phrase.AfterCount, phrase.Right))
        {
            draft.Metric = Metric.Displaced;
            draft.MetricGuessed = false;
        }
        return true;
    }
}
