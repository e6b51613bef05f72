namespace ClaimTracker.Core.Claims;

/// <summary>
/// A toll's earlier figure and the time it was given: "the toll had risen from 3,915 on Friday", "the number of dead
/// climbed from 27 a day earlier", "fell from about 9,000" — a figure after "from" right after a verb of change
/// (counts.json changeVerbs, rises and falls) is the toll's earlier count even with no new figure after it ("from X to
/// Y" is split by <see cref="TollChange"/>); and a toll figure may end on when it was given: "put the toll at 27
/// earlier in the day", "27 a day earlier" (counts.json tollTimeLeads, rateUnits, agoWords). Asked by
/// <see cref="BareCount"/>. Golden cases: toll_rose_from_an_earlier_figure, toll_put_at_earlier_in_the_day;
/// toll_change_figures_that_count_no_one (trucks a day, a percentage).
/// </summary>
internal static class TollFrom
{
    private static readonly WordSet RateUnits = WordLists.Set("rateUnits");
    private static readonly WordSet AgoWords = WordLists.Set("agoWords");

    /// <summary>Whether "from" at <paramref name="p"/> follows a verb of change: "had risen from", "dropped from", past a
    /// time or the toll itself: "rose on Monday from", "raising its toll from" (<see cref="TollChange.ChangeBefore"/>).</summary>
    public static bool AfterChange(PeopleCountReader reader, int p) =>
        p >= 1 && reader.Is(p, "from") && TollChange.ChangeBefore(reader.Text, reader.Tokens[p].Start);

    /// <summary>
    /// Whether the figure at <paramref name="q"/> is the one a toll was changed from, "from" or "from the" before it
    /// ("raising its toll from 326 given a few hours earlier", "raising the number of injured from the 12 he reported"):
    /// whatever follows it says when or by whom the earlier figure was given.
    /// </summary>
    public static bool Earlier(PeopleCountReader reader, int q) =>
        AfterChange(reader, q - 1) || (reader.Is(q - 1, "the") && AfterChange(reader, q - 2));

    /// <summary>
    /// "413 people had been killed and at least 562 wounded, raising its toll from 326": the earlier figure takes its
    /// toll's fate (<see cref="LossesToll"/>: a bare toll counts the dead), not that of the count before it.
    /// </summary>
    public static void NameEarlierFate(PeopleCountReader reader, CountPhrase phrase)
    {
        if (phrase.TollOfCasualties && Earlier(reader, phrase.QualifierFirst) && !OtherFate(reader, LossesToll.WordBefore(reader, phrase), phrase.QualifierFirst))
        {
            phrase.NamedMetric = LossesToll.Of(reader, phrase);
        }
    }

    // "the count of the missing climbed overnight from 6": a toll of another fate keeps the clause's reading.
    private static bool OtherFate(PeopleCountReader reader, int? toll, int figure)
    {
        for (var k = (toll ?? figure) + 1; k < figure; k++)
        {
            if (reader.Tokens[k].IsWord && (ClaimLexicon.Missing.Contains(reader.Word(k)) || ClaimLexicon.Captured.Contains(reader.Word(k)) || ClaimLexicon.Detained.Contains(reader.Word(k))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="p"/> ("from", or "to" of a "from X to" pair) joins a figure to a verb of change: "The
    /// death toll from the strike on a market in the town of Kalema rose on Monday from nine to 23" — such a toll may
    /// stand as far back as one that rises to a figure.
    /// </summary>
    public static bool Pair(PeopleCountReader reader, int p)
    {
        if (AfterChange(reader, p))
        {
            return true;
        }
        for (var i = p - 2; i >= p - 3 && reader.Is(p, "to"); i--)
        {
            if (AfterChange(reader, i))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the toll figure ends on a time: "earlier in the day", "last week", "a day earlier", "by midday".</summary>
    public static bool TimeFollows(PeopleCountReader reader, int after) =>
        TollRestated.AtATime(reader, after)
        || (reader.Is(after, "a") && after + 2 < reader.Tokens.Count && reader.IsIn(after + 1, RateUnits)
            && reader.IsIn(after + 2, AgoWords));
}
