namespace ClaimTracker.Core.Claims;

/// <summary>
/// One count-phrase rule: reads one construction around a number and fills the shared <see cref="CountPhrase"/> or
/// the <see cref="ClaimDraft"/>. Rules are single stateless instances; <see cref="PeopleCountReader"/> runs them in the
/// order of its stages.
/// </summary>
internal abstract class CountPhraseRule
{
    protected CountPhraseRule(RuleTrigger? trigger = null)
    {
        Trigger = trigger;
    }

    /// <summary>
    /// The words the sentence must hold one of for the rule to change anything (<see cref="RuleTrigger"/>); null when it
    /// may change a figure in any sentence. The reader skips the rule where the sentence holds none.
    /// </summary>
    public RuleTrigger? Trigger { get; }

    /// <summary>Reads the construction, if the sentence has it; false when the number counts nobody and the reader stops.</summary>
    public abstract bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft);
}
