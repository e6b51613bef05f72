namespace ClaimTracker.Core.Claims;

/// <summary>
/// A bare count followed by a passive participle of taking or holding and the state it leaves people in, with the
/// auxiliary elided in a coordinated clause: "about 1,200 people were killed and 251 taken hostage", "40 were wounded
/// and 12 held captive". With no people noun of its own, the state word (counts.json heldStates) two words on is its
/// noun, so the count reads as hostages or prisoners held (captured), as <see cref="TakenHostage"/> reads the active
/// "taking 251 hostage". The participle (counts.json heldParticiples) must come right after the count, so "251 taken
/// to hospital" is left to the care rules. Golden case: taken_hostage_after_an_elided_auxiliary (Unseen43
/// euronews-jabalia).
/// </summary>
internal sealed class TakenIntoHeldState : CountPhraseRule
{
    public static readonly TakenIntoHeldState Rule = new();

    private static readonly WordSet HeldParticiples = WordLists.Set("heldParticiples");
    private static readonly WordSet HeldStates = WordLists.Set("heldStates");

    private TakenIntoHeldState()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var participle = phrase.TokenAfter;
        var state = participle + 1;
        if (phrase.Noun >= 0 || state >= phrase.NextBound || !reader.IsIn(participle, HeldParticiples) || !reader.IsIn(state, HeldStates))
        {
            return true;
        }
        // "12 held hostage families" would name families; a state word then describes the noun after it.
        if (state + 1 < reader.Tokens.Count && reader.Tokens[state + 1].IsWord && PeopleWords.IsPeopleNoun(reader.Word(state + 1)))
        {
            return true;
        }
        phrase.Noun = state;
        phrase.AfterCount = state + 1;
        return true;
    }
}
