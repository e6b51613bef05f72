namespace ClaimTracker.Core.Claims;

/// <summary>
/// A figure that is all a speaker said: "In March the governor said 40 had died, and in May he said as many as 90.",
/// "The agencies have long said "more than 2,000"." A verb of saying (counts.json saidFigureVerbs) right before the
/// figure's hedge, or before an opening quote and the hedge, with nothing after the figure but punctuation, gives a new
/// value for the count before (the sentence's earlier count, else the last count of the sentences before); with no
/// count before it the figure counts nobody. Read by <see cref="BareCount"/>. Unseen68 hankyoreh, Unseen72
/// indianexpress; golden case: said_figure_restates_the_count.
/// </summary>
internal static class SaidFigure
{
    private static readonly WordSet Verbs = WordLists.Set("saidFigureVerbs");

    public static bool Names(PeopleCountReader reader, CountPhrase phrase)
    {
        var b = phrase.TokenBefore;
        if (b > phrase.PreviousBound && b >= 0 && !reader.Tokens[b].IsWord && reader.Text[reader.Tokens[b].Start] is '"' or '\u201C')
        {
            b--;
        }
        if (b <= phrase.PreviousBound || !reader.IsIn(b, Verbs))
        {
            return false;
        }
        var after = phrase.Last + 1;
        // "he said 40 had died": a word after the figure makes it the subject of what was said, read by other rules.
        if (after < reader.Tokens.Count && reader.Tokens[after].IsWord)
        {
            return false;
        }
        return phrase.Previous is not null || phrase.EarlierCount() is not null;
    }
}
