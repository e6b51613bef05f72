namespace ClaimTracker.Core.Claims;

/// <summary>
/// A toll of casualties or losses counts the killed and the wounded, not the dead: "casualties among North Korean troops
/// have now reached about 2,800", "the number of casualties rose to 3,200". A bare count after a toll is read as that
/// toll's figure (<see cref="BareCount"/>); the toll word nearest before it (counts.json tollWords) says which fate: a
/// losses word (metrics.json killedOrWounded) is killed or wounded, any other ("death toll", "the number of dead") the
/// dead. Read by <see cref="ClauseMetric"/>. Golden case: casualties_toll_is_killed_or_wounded.
/// </summary>
internal static class LossesToll
{
    private const int Reach = 32;

    private static readonly WordSet TollWords = WordLists.Set("tollWords");

    public static Metric Of(PeopleCountReader reader, CountPhrase phrase) =>
        WordBefore(reader, phrase) is { } b && ClaimLexicon.KilledOrWounded.Contains(reader.Word(b)) ? Metric.KilledOrWounded : Metric.Killed;

    /// <summary>The toll word nearest before the figure, within reach and after the count before it.</summary>
    public static int? WordBefore(PeopleCountReader reader, CountPhrase phrase)
    {
        for (var b = phrase.QualifierFirst - 1; b > phrase.PreviousBound && b >= 0 && b >= phrase.QualifierFirst - Reach; b--)
        {
            if (reader.Tokens[b].IsWord && TollWords.Contains(reader.Word(b)))
            {
                return b;
            }
        }
        return null;
    }
}
