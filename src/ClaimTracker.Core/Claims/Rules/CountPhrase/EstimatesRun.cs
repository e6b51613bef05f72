namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Monitors count about 900 dead; some estimates run as high as 3,000": estimates (counts.json tollWords, singular or
/// plural) that run or range (counts.json estimateRunVerbs) right before the figure's hedge give a figure for the same
/// count, as "put the toll as high as" does. Read by <see cref="BareCount"/> as a figure toll, so the figure counts
/// people only when a count stands before it. Unseen72 indianexpress; golden case: estimates_run_as_high_as.
/// </summary>
internal static class EstimatesRun
{
    private static readonly WordSet TollWords = WordLists.Set("tollWords");
    private static readonly WordSet Verbs = WordLists.Set("estimateRunVerbs");

    public static bool Before(PeopleCountReader reader, CountPhrase phrase)
    {
        var verb = phrase.TokenBefore;
        if (phrase.QualifierFirst >= phrase.First || verb - 1 <= phrase.PreviousBound || !reader.IsIn(verb, Verbs) || !reader.Tokens[verb - 1].IsWord)
        {
            return false;
        }
        var noun = reader.Word(verb - 1);
        return TollWords.Contains(noun) || (noun.Length > 1 && noun[^1] is 's' or 'S' && TollWords.Contains(noun[..^1]));
    }
}
