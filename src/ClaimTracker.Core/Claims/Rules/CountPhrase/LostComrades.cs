namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Although we lost six comrades, you carried out the order", "the unit had lost nine comrades in the mine-clearing
/// mission": comrades a unit lost are its own soldiers, the people the sentences before speak of (the regiment, the
/// engineers), as "of them" points back; "comrades" itself names no people, so the count was dropped although
/// <see cref="LostColleagues"/> reads its metric (killed). Only after "lost" (with its count leads) and only a comrade
/// noun right after the count (people.json comradeNouns); "the loss of eight comrades" keeps its own reading (Unseen18).
/// Golden case: lost_comrades_are_troops.
/// </summary>
internal sealed class LostComrades : CountPhraseRule
{
    public static readonly LostComrades Rule = new();

    private static readonly WordSet Comrades = WordLists.Set("comradeNouns");

    private LostComrades()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var verb = phrase.TokenBefore;
        if (phrase.Noun < 0 && reader.IsIn(phrase.AfterCount, Comrades) && verb >= 0 && reader.Tokens[verb].IsWord && LostColleagues.Reads(reader, verb, reader.Word(verb)))
        {
            phrase.SawThem = true;
            phrase.AfterCount++;
        }
        return true;
    }
}
