namespace ClaimTracker.Core.Claims;

/// <summary>
/// A breakdown stated as a series of counts, "N1 nouns, N2 nouns and N3 nouns", names its fate once, at or before the
/// first member: "The ministry's breakdown of identified bodies counted 11,160 children, 6,140 women and 2,900 elderly
/// people" (Unseen64 khaleejtimes-reuters). A count led by a comma, right after a member with only people words between
/// (people nouns and their modifiers), is a member of the same series when the series goes on to "and" and a further
/// count within a few words; with no fate of its own it shares the member's before it, and the member after "and" then
/// shares it as a joined count does. The closing "and" keeps an ordinary comma apart ("killed 30 people, 12 witnesses
/// said"). Read by <see cref="ClauseMetric"/> only when the count names no fate of its own, and only after a member whose
/// fate was read, not guessed, and is more than "other" (a swap's returned listed after "included" take their group's
/// fate and nation from <see cref="GroupList"/>). Golden cases: a_series_of_counts_shares_its_fate, a_series_with_a_fate_of_its_own (near-miss).
/// </summary>
internal static class SeriesMember
{
    // "elderly people and": the words from a member's number to the "and" that closes the series.
    private const int Reach = 5;

    public static bool Continues(PeopleCountReader reader, CountPhrase phrase, ClaimDraft? previous)
    {
        var comma = phrase.TokenBefore;
        var first = phrase.PreviousBound;
        if (previous is not { MetricGuessed: false, Metric: not (null or Metric.Other) } || first < 0 || phrase.Noun < 0 || !reader.IsMark(comma, ',')
            || comma - first > Reach || !PeopleOnly(reader, first + 1, comma))
        {
            return false;
        }
        var and = phrase.NextBound - 1;
        return and > phrase.Last && and - phrase.Last <= Reach && reader.Is(and, "and") && PeopleOnly(reader, phrase.Last + 1, and);
    }

    // "children", "elderly people", "women": people nouns and their modifiers, nothing else.
    private static bool PeopleOnly(PeopleCountReader reader, int from, int to)
    {
        if (from >= to)
        {
            return false;
        }
        for (var i = from; i < to; i++)
        {
            if (!reader.Tokens[i].IsWord || !(PeopleWords.IsPeopleNoun(reader.Word(i)) || ClaimLexicon.NounModifiers.Contains(reader.Word(i)) || reader.IsIn(i, Describers)))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly WordSet Describers = WordLists.Set("seriesDescribers");
}
