namespace ClaimTracker.Core.Claims;

/// <summary>
/// People who "have crossed" with no border or country after the verb have still crossed one: in a story on flight
/// across a frontier, "a quarter of a million people have crossed since 23 September" and "the agency had estimated that
/// 220,000 people had crossed, about 70 percent of them Syrians" (Unseen70 uaetimes, the refugee chief's count of people
/// fleeing Lebanon for Syria), as "between 8,500 and 30,000 people may have crossed in the past 48 hours" in the refugee
/// agency's briefings on Syria, count the displaced as "crossed into Syria" does (<see cref="MetricWord"/>). Model: the
/// past participle "crossed" ending its clause (a comma or the sentence's end after it) or followed by a time word
/// (metrics.json bareCrossingTimes: "since", "overnight", "so far", "this week", "in the past 48 hours"). Soldiers who
/// cross go elsewhere ("307 servicemen crossed in each direction" in a swap, "troops crossed overnight" in an
/// incursion): a military noun in the three words before the verb keeps it out. Read by <see cref="MetricWord"/>.
/// Golden case: crossed_with_no_border_named; facts in MetricVocabularyTests.
/// </summary>
internal static class BareCrossing
{
    private static readonly WordSet Times = WordLists.Set("bareCrossingTimes");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!w.Equals("crossed", StringComparison.OrdinalIgnoreCase) || MilitaryBefore(reader, i))
        {
            return false;
        }
        var next = i + 1;
        if (next >= reader.Tokens.Count || reader.IsMark(next, ',') || reader.IsMark(next, '.'))
        {
            return true;
        }
        return reader.IsIn(next, Times) || (reader.Is(next, "so") && reader.Is(next + 1, "far"))
            || ((reader.Is(next, "this") || reader.Is(next, "last")) && reader.Is(next + 1, "week"))
            || (reader.Is(next, "in") && reader.Is(next + 1, "the") && (reader.Is(next + 2, "past") || reader.Is(next + 2, "last")));
    }

    private static bool MilitaryBefore(PeopleCountReader reader, int verb)
    {
        for (var k = verb - 1; k >= 0 && k >= verb - 3; k--)
        {
            if (reader.IsIn(k, ClaimLexicon.MilitaryNouns))
            {
                return true;
            }
        }
        return false;
    }
}
