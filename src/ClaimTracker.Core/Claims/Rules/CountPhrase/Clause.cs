namespace ClaimTracker.Core.Claims;

/// <summary>
/// Verb group: the clause around the count, from <see cref="ClauseBounds"/>, which the metric, nationality, status
/// and increment rules read. Golden cases: coordinated_people_share_verb, displaced_crossed_fled_left_sheltering.
/// </summary>
internal sealed class Clause : CountPhraseRule
{
    public static readonly Clause Rule = new();

    private Clause()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        phrase.Left = ClauseBounds.Left(reader, phrase.QualifierFirst, phrase.PreviousBound, wide: false);
        // A partitive's part reads its verb after the whole's noun phrase ("4,000 of the 11,000 troops … were killed").
        phrase.Right = ClauseBounds.Right(reader, phrase.AfterCount, phrase.PartOfWhole ? reader.Tokens.Count : phrase.NextBound);
        return true;
    }
}
