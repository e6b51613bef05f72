namespace ClaimTracker.Core.Claims;

/// <summary>
/// One count-phrase rule: reads one construction around a number and fills the shared <see cref="CountPhrase"/> or
/// the <see cref="ClaimDraft"/>. Rules are single stateless instances; <see cref="PeopleCountReader"/> runs them in the
/// order of its stages.
/// </summary>
internal abstract class CountPhraseRule
{
    /// <summary>Reads the construction, if the sentence has it; false when the number counts nobody and the reader stops.</summary>
    public abstract bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft);
}
