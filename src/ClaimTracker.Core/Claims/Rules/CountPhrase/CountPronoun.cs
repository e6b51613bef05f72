namespace ClaimTracker.Core.Claims;

/// <summary>
/// "it" standing for a count named before: "At first officials spoke of 3,000 people in the school. Then it became
/// 8,200.", "By Friday it was 9,400", "it had risen to 260". With no figure noun ("the figure had risen to 19":
/// <see cref="FigureNoun"/>) the pronoun alone, right before a verb of being or changing (counts.json
/// countPronounVerbs, then "to"/"at"), is the count the sentences before gave; the figure takes its people and fate.
/// Asked by <see cref="BareCount"/> only when the sentences before count people and the figure ends its phrase.
/// The pronoun may also be the object of an estimate's verb (counts.json putVerbs): "Others think the real toll is
/// higher; one monitor puts it at 9,000" gives the count before its new value. Golden cases: it_stands_for_the_count,
/// put_it_at_stands_for_the_count, put_it_higher_at_stands_for_the_count.
/// </summary>
internal static class CountPronoun
{
    private static readonly WordSet Verbs = WordLists.Set("countPronounVerbs");
    private static readonly WordSet Auxiliaries = WordLists.Set("auxiliaries");
    private static readonly WordSet PutVerbs = WordLists.Set("putVerbs");
    private static readonly WordSet PutComparisons = WordLists.Set("putComparisons");

    /// <summary>
    /// "one monitor puts it at 9,000": the pronoun is the object of an estimate's verb right before "at" and the figure,
    /// and stands for the count the sentences before gave (not for the people last named: "Others think … higher").
    /// </summary>
    public static bool PutObject(PeopleCountReader reader, CountPhrase phrase)
    {
        var at = phrase.TokenBefore;
        if (!reader.Is(at, "at"))
        {
            return false;
        }
        var it = BeforeComparison(reader, at - 1, phrase.PreviousBound);
        return reader.Is(it, "it") && it - 1 > phrase.PreviousBound && reader.IsIn(it - 1, PutVerbs);
    }

    // "the press union puts it higher, at over 120", "activists put it much lower, at 60": a rival counter's estimate
    // set against the count before (Unseen83 npr, a relay of one count by another body) keeps that count's people and
    // fate; the comparison and its comma stand between the pronoun and "at" (counts.json putComparisons).
    private static int BeforeComparison(PeopleCountReader reader, int k, int bound)
    {
        if (k > bound && reader.IsMark(k, ','))
        {
            k--;
        }
        for (var n = 0; n < 2 && k > bound && reader.IsIn(k, PutComparisons); n++)
        {
            k--;
        }
        return k;
    }

    public static bool Before(PeopleCountReader reader, CountPhrase phrase)
    {
        var b = phrase.TokenBefore;
        if (reader.Is(b, "to") || reader.Is(b, "at"))
        {
            b--;
        }
        if (PutObject(reader, phrase))
        {
            return phrase.Antecedent() is not null;
        }
        if (b <= phrase.PreviousBound || b < 1 || !reader.IsIn(b, Verbs))
        {
            return false;
        }
        // "it had risen to": auxiliaries between the pronoun and its verb.
        b--;
        while (b > phrase.PreviousBound && reader.IsIn(b, Auxiliaries))
        {
            b--;
        }
        return b > phrase.PreviousBound && reader.Is(b, "it") && phrase.Antecedent() is not null;
    }
}
