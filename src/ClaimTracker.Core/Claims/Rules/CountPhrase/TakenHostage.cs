namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count between a verb of taking or holding and the state it leaves people in: "killing about 1,200 people and
/// taking 251 hostage", "the gunmen held 40 captive", "took 12 prisoner". With no people noun of its own, the state
/// word (counts.json heldStates) after the count is its noun, so the count is kept and reads as hostages or prisoners
/// held (captured); the verb right before the count (counts.json takeVerbs) is required, so "251 hostage families"
/// after another verb is left alone. Golden case: taken_hostage_count.
/// </summary>
internal sealed class TakenHostage : CountPhraseRule
{
    public static readonly TakenHostage Rule = new();

    private static readonly WordSet TakeVerbs = WordLists.Set("takeVerbs");
    private static readonly WordSet HeldStates = WordLists.Set("heldStates");

    private TakenHostage()
        : base(RuleTriggers.Of("takenHostage"))
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var tokens = reader.Tokens;
        var verb = phrase.TokenBefore;
        var held = AsHeld(reader, phrase);
        var state = held >= 0 ? held : phrase.TokenAfter;
        if (phrase.Noun >= 0 || state >= phrase.NextBound || state >= tokens.Count || !tokens[state].IsWord || !(HeldStates.Contains(reader.Word(state)) || held >= 0)
            || verb < 0 || verb <= phrase.PreviousBound || !tokens[verb].IsWord || !TakeVerbs.Contains(reader.Word(verb)))
        {
            return true;
        }
        // A state word ends the phrase unless a noun follows it ("taking 251 hostage families" names families).
        if (state + 1 < tokens.Count && tokens[state + 1].IsWord && PeopleWords.IsPeopleNoun(reader.Word(state + 1)))
        {
            return true;
        }
        phrase.Noun = state;
        phrase.AfterCount = state + 1;
        return true;
    }

    // "took 250 more back to Gaza as hostages" (Unseen64 commondreams-airwars): the state may follow "as" after a short
    // phrase of where they were taken (words only, counts.json heldStatesAfterAs), when no people noun follows the count.
    // Returns the state's token, or -1. Golden case: taken_somewhere_as_hostages.
    private static int AsHeld(PeopleCountReader reader, CountPhrase phrase)
    {
        var after = phrase.TokenAfter;
        for (var i = after; i < reader.Tokens.Count && i < after + AsReach && reader.Tokens[i].IsWord; i++)
        {
            if (reader.Is(i, "as"))
            {
                return i > after && reader.IsIn(i + 1, StatesAfterAs) ? i + 1 : -1;
            }
            if (PeopleWords.IsPeopleNoun(reader.Word(i)))
            {
                return -1;
            }
        }
        return -1;
    }

    // "back to the Gaza Strip as": the words between the count and "as".
    private const int AsReach = 6;

    private static readonly WordSet StatesAfterAs = WordLists.Set("heldStatesAfterAs");
}
