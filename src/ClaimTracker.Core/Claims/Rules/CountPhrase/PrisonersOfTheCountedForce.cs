namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count taken prisoner beside a count of soldiers in the same sentence is more of those soldiers: "the enemy lost 174
/// soldiers killed, with more than 300 wounded and 83 taken prisoner" (Unseen80 tass-rsf-claims-omdurman-army-losses),
/// "its forces had killed more than 120 soldiers and taken dozens prisoner" (Unseen81 sudanevents-army-spokesman), as
/// "had taken more than 100 Russian soldiers prisoner" says outright (Unseen22 ians-ukraine-overnight-attacks). The state
/// word after the count (<see cref="TakenHostage"/>, <see cref="TakenIntoHeldState"/>) made it "prisoners"; when the
/// earlier count it goes on from (<see cref="CountPhrase.Like"/>) is an army's soldiers, it takes their people. Hostages
/// stay hostages: only soldiers' states (counts.json <c>soldiersHeldStates</c>), and only with a verb of taking before
/// the count or a participle after it (<c>takeVerbs</c>, <c>heldParticiples</c>). Runs after <see cref="NamedPeople"/>; <see cref="Carry"/> gives the soldiers' nation once attribution has given it.
/// Golden case: taken_prisoner_beside_soldiers_are_those_soldiers.
/// </summary>
internal sealed class PrisonersOfTheCountedForce : CountPhraseRule
{
    public static readonly PrisonersOfTheCountedForce Rule = new();

    private static readonly WordSet SoldiersHeldStates = WordLists.Set("soldiersHeldStates");
    private static readonly WordSet TakeVerbs = WordLists.Set("takeVerbs");
    private static readonly WordSet HeldParticiples = WordLists.Set("heldParticiples");

    private PrisonersOfTheCountedForce()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var noun = phrase.Noun;
        if (noun <= phrase.Last || phrase.Like is not { Military: true, Noun: "troops" } like || !reader.IsIn(noun, SoldiersHeldStates)
            || !(reader.IsIn(phrase.TokenBefore, TakeVerbs) || reader.IsIn(phrase.TokenAfter, HeldParticiples)))
        {
            return true;
        }
        (draft.Nationalities, draft.Noun, draft.Military) = (like.Nationalities, like.Noun, true);
        draft.PrisonersOf = like;
        return true;
    }

    /// <summary>
    /// Once every count has its people: a count taken prisoner with no nation takes the nation its soldiers' count was
    /// given later (the army's foe speaks: "its forces had killed more than 120 soldiers" is Sudan's army by then).
    /// </summary>
    public static void Carry(List<ClaimDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            if (draft.PrisonersOf is { Nationalities.Count: > 0, Noun: "troops" } soldiers && draft.Nationalities.Count == 0 && draft.Noun == "troops")
            {
                draft.Nationalities = soldiers.Nationalities;
            }
        }
    }
}
