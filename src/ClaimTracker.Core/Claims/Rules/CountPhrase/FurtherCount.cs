namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count marked as more of the same people needs no noun: "we plan to move a further 5,000 to the new settlement",
/// "followed by a further 3,000 early this year", "up to 1,000 more could already be training", "approved the
/// recruitment of 1,500 more". "a further", "another", "additional" before the number (status.json incrementTrue) or
/// "more" after it, then the clause goes on (a preposition, a time word, a verb) or ends; "a further 5,000 tonnes"
/// names a thing and is not read. <see cref="BareCount"/> then takes the people of the count or sentences before, and
/// drops the figure when there are none. Golden case: a_further_count_takes_the_people_before.
/// </summary>
internal static class FurtherCount
{
    private static readonly WordSet AfterBareCount = WordLists.Set("afterBareCount");
    private static readonly WordSet TimeWords = WordLists.Set("yearPrepositions");

    public static bool Marks(PeopleCountReader reader, CountPhrase phrase)
    {
        if (!phrase.More && !MarkedBefore(reader, phrase))
        {
            return false;
        }
        var next = phrase.AfterCount;
        if (next < reader.Tokens.Count && reader.Is(next, "more"))
        {
            next++;
        }
        if (next >= reader.Tokens.Count || !reader.Tokens[next].IsWord)
        {
            return true;
        }
        var w = reader.Word(next);
        return AfterBareCount.Contains(w) || TimeWords.Contains(w) || PeopleWords.VerbStarts.Contains(w);
    }

    // "a further 5,000": the mark may open the qualifier ("a further" is the mention's) or stand just before it.
    private static bool MarkedBefore(PeopleCountReader reader, CountPhrase phrase)
    {
        for (var j = Math.Max(phrase.PreviousBound + 1, Math.Min(phrase.QualifierFirst, phrase.First) - 1); j < phrase.First; j++)
        {
            if (reader.IsIn(j, ClaimLexicon.IncrementTrue))
            {
                return true;
            }
        }
        return false;
    }
}
