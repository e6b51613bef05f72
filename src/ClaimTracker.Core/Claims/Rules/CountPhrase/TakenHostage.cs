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
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var tokens = reader.Tokens;
        var state = phrase.TokenAfter;
        var verb = phrase.TokenBefore;
        if (phrase.Noun >= 0 || state >= phrase.NextBound || state >= tokens.Count || !tokens[state].IsWord || !HeldStates.Contains(reader.Word(state))
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
}
