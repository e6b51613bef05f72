namespace ClaimTracker.Core.Claims;

/// <summary>
/// Soldiers given the people of a territory with no army of its own are the army's that fights there: in "the IDF says
/// troops have recovered the bodies of two hostages from the Gaza Strip, and that two reservists fell", the reservists
/// took Gaza's people from the count before them, and the story then carried "Palestinian troops" to "104 soldiers have
/// been killed" and "440 soldiers have fallen" (Unseen81 timesofisrael, four rows; gold Israeli troops). Gaza has no
/// army (<see cref="TerritoryWithoutArmy"/>, populations.json <c>territoriesWithoutArmy</c>), so a soldier, reservist
/// or conscript (populations.json <c>territorySoldierNouns</c>) of it is the Israeli army's, as
/// soldiers_placed_in_gaza_are_no_palestinians already reads soldiers placed there. Commanders and fighters keep the
/// territory's people ("Israel said it killed two militant commanders", an_armys_militant_commanders_in_gaza). Read
/// last, once every count has its people. Golden case: reservists_after_gazas_hostages_are_israels.
/// </summary>
internal static class SoldiersOfTheArmyThere
{
    private static readonly WordSet SoldierNouns = WordLists.Set("territorySoldierNouns");

    public static void Give(List<ClaimDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            if (draft.Military && draft.Noun == "troops" && draft.NounWord is { } word && SoldierNouns.Contains(word)
                && draft.Nationalities.Count == 1 && Nationality.OfPhrase(draft.Nationalities[0]) is { } people
                && TerritoryWithoutArmy.ArmyIn(people.Country) is { } army)
            {
                draft.Nationalities = [army.Adjective];
            }
        }
    }
}
