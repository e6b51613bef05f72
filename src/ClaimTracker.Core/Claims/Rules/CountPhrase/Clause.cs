namespace ClaimTracker.Core.Claims;

/// <summary>
/// Verb group: the clause around the count, from <see cref="ClauseBounds"/>, which the metric, nationality, status
/// and increment rules read. Golden cases: coordinated_people_share_verb, displaced_crossed_fled_left_sheltering, partitive_past_a_long_whole.
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
        // A partitive's part reads its verb after the whole's noun phrase ("4,000 of the 11,000 troops … were killed"),
        // however long the whole's own description ("… believed to have been sent to Russia late last year may have
        // been killed"): only the clause's punctuation or a clause break ends it (golden case
        // partitive_past_a_long_whole).
        phrase.Right = phrase.PartOfWhole
            ? ClauseBounds.Right(reader, phrase.AfterCount, reader.Tokens.Count, reader.Tokens.Count)
            : ClauseBounds.Right(reader, phrase.AfterCount, phrase.NextBound);
        return true;
    }
}
