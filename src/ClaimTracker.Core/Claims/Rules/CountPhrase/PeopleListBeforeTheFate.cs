namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count whose people are named by a list of people nouns, then the verb of their fate: "some 2 million women, men
/// and children had sought refuge abroad" (Unseen84 iasc-sudan-joint-statement, gold displaced), "about 300 men, women
/// and children have fled to Chad", "some 900 soldiers, officers and reservists were killed". The comma after the first
/// noun closed the count's clause, so the verb after the list was never read and the count fell to other (soldiers to
/// deployed). When that comma opens a list of people nouns (each item a people noun, perhaps after one qualifier:
/// people.json nounModifiers or a nationality) closed by "and" or "or" and a last item, and what follows the list is a
/// fate's verb group (auxiliaries, then a metric word within <see cref="VerbReach"/> words), the clause resumes after
/// the list. A list of speakers ("killed 38 civilians, residents and health workers have told the BBC") is followed by
/// no fate word and is not read past; a list that closes with a comma ("120 people, women and children among them,
/// were killed") is an aside, read as before. Asked by <see cref="ClauseMetric.SkipAside"/>.
/// Golden case: people_listed_before_the_fate; <c>PeopleListBeforeTheFateTests</c>.
/// </summary>
internal static class PeopleListBeforeTheFate
{
    // "women, men, boys, girls and older people": a list longer than this is no apposition of one count's people.
    private const int MaxItems = 5;

    // "had sought refuge abroad", "have been forced to flee": the fate word this far past the auxiliaries.
    private const int VerbReach = 3;

    private static readonly WordSet Modifiers = WordLists.Set("nounModifiers");
    private static readonly WordSet Auxiliaries = WordLists.Set("auxiliaries");

    /// <summary>
    /// Where the clause resumes after a list of people nouns opened by the comma at <paramref name="comma"/>, when a
    /// fate's verb group follows it; -1 otherwise.
    /// </summary>
    public static int Resume(PeopleCountReader reader, int comma)
    {
        var tokens = reader.Tokens;
        if (comma >= tokens.Count || tokens[comma].IsWord || reader.Text[tokens[comma].Start] != ',')
        {
            return -1;
        }
        var pos = comma + 1;
        for (var items = 0; items < MaxItems; items++)
        {
            var end = ItemEnd(reader, pos);
            if (end < 0 || end >= tokens.Count)
            {
                return -1;
            }
            if (items > 0 && IsConjunction(reader, pos - 1))
            {
                return FateFollows(reader, end) ? end : -1;
            }
            pos = Next(reader, end);
            if (pos < 0)
            {
                return -1;
            }
        }
        return -1;
    }

    // The token after an item's last word: a people noun, or one qualifier and a people noun.
    private static int ItemEnd(PeopleCountReader reader, int pos)
    {
        if (pos >= reader.Tokens.Count || !reader.Tokens[pos].IsWord)
        {
            return -1;
        }
        if (PeopleWords.IsPeopleNoun(reader.Word(pos)))
        {
            return pos + 1;
        }
        var qualifies = Modifiers.Contains(reader.Word(pos)) || Nationality.At(reader.Text, reader.Tokens, pos) is { Tokens: 1 };
        return qualifies && pos + 1 < reader.Tokens.Count && reader.Tokens[pos + 1].IsWord && PeopleWords.IsPeopleNoun(reader.Word(pos + 1)) ? pos + 2 : -1;
    }

    // The next item's first token after ", ", ", and ", or " and "; -1 when the list does not go on.
    private static int Next(PeopleCountReader reader, int end)
    {
        var tokens = reader.Tokens;
        if (!tokens[end].IsWord && reader.Text[tokens[end].Start] == ',')
        {
            return end + 1 < tokens.Count && IsConjunction(reader, end + 1) ? end + 2 : end + 1;
        }
        return IsConjunction(reader, end) ? end + 1 : -1;
    }

    private static bool IsConjunction(PeopleCountReader reader, int i) => reader.Is(i, "and") || reader.Is(i, "or");

    // "had sought refuge", "were killed", "have fled": auxiliaries, then a metric word close after them.
    private static bool FateFollows(PeopleCountReader reader, int from)
    {
        var right = ClauseBounds.Right(reader, from, reader.Tokens.Count);
        var j = from;
        while (j < right && reader.IsIn(j, Auxiliaries))
        {
            j++;
        }
        for (var k = j; k < right && k < j + VerbReach && reader.Tokens[k].IsWord; k++)
        {
            if (MetricWord.At(reader, k, right) is not null)
            {
                return true;
            }
        }
        return false;
    }
}
