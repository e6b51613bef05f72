namespace ClaimTracker.Core.Claims;

/// <summary>
/// "South Korea's spy agency has put the dead at around 320 and the wounded at about 2,650": an estimate's verb
/// (counts.json putVerbs) whose object is a fate used as a noun (putFates: the dead, the wounded, the missing) and the
/// figure after "at" is a toll of that fate, as "put the number of dead at" is. A second "and the wounded at …" shares
/// the first one's verb. The fate says the metric; the people are the earlier count's or the sentences before
/// (<see cref="BareCount"/>). "put the wounded on buses at 9" names no figure after "at" (a time is no count).
/// Golden case: put_the_dead_at_and_the_wounded_at.
/// </summary>
internal static class FatePutAt
{
    // "has put the dead at around 320 and the wounded at about 2,650": the second fate's "at" stands at most this far
    // after the first's verb.
    private const int CoordinatedReach = 12;

    private static readonly WordSet PutVerbs = WordLists.Set("putVerbs");
    private static readonly WordSet Fates = WordLists.Set("putFates");

    /// <summary>Whether the figure is a put fate's toll; if so the phrase takes the toll and the fate's metric.</summary>
    public static bool Names(PeopleCountReader reader, CountPhrase phrase)
    {
        if (Fate(reader, phrase) is not { } fate)
        {
            return false;
        }
        phrase.TollOfCasualties = true;
        phrase.NamedMetric = MetricWord.At(reader, fate, fate + 1);
        return true;
    }

    private static int? Fate(PeopleCountReader reader, CountPhrase phrase)
    {
        var at = phrase.TokenBefore;
        if (!reader.Is(at, "at") || !reader.IsIn(at - 1, Fates) || !reader.Is(at - 2, "the"))
        {
            return null;
        }
        var before = at - 3;
        if (reader.IsIn(before, PutVerbs))
        {
            return at - 1;
        }
        return reader.Is(before, "and") && PutBefore(reader, before - 1, Math.Max(0, at - CoordinatedReach)) ? at - 1 : null;
    }

    // The first fate of the pair: "put the dead at …" wholly before the "and".
    private static bool PutBefore(PeopleCountReader reader, int from, int stop)
    {
        for (var v = from; v >= stop; v--)
        {
            if (reader.IsIn(v, PutVerbs) && reader.Is(v + 1, "the") && reader.IsIn(v + 2, Fates) && reader.Is(v + 3, "at"))
            {
                return true;
            }
        }
        return false;
    }
}
