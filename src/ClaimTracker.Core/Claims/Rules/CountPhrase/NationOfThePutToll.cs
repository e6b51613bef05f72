namespace ClaimTracker.Core.Claims;

/// <summary>
/// A toll put "at" a figure names whose toll it is right before its noun: "US officials ... estimated Ukrainian military
/// deaths at close to 70,000, with 100,000 to 120,000 wounded" (Unseen81 uawire, after a sentence on Russia's losses),
/// "put Russian losses at about 1,000 a day", "estimates Palestinian deaths at more than 30,000". The figure is a bare
/// count that otherwise takes the people of the sentence before (<see cref="BareCount"/>), here the wrong side; a
/// nationality right before the toll noun (counts.json tollWords), past at most one describing word (counts.json
/// putTollModifiers: military, civilian, combat), with "at" right after the noun, gives the people instead.
/// Golden case: a_tolls_nation_before_at.
/// </summary>
internal static class NationOfThePutToll
{
    private static readonly WordSet TollWords = WordLists.Set("tollWords");
    private static readonly WordSet Modifiers = WordLists.Set("putTollModifiers");

    /// <summary>The nationality before the toll noun of "... deaths at" right before the figure, or null.</summary>
    public static string? Of(PeopleCountReader reader, CountPhrase phrase)
    {
        var at = phrase.TokenBefore;
        if (!reader.Is(at, "at") || !reader.IsIn(at - 1, TollWords))
        {
            return null;
        }
        var last = reader.IsIn(at - 2, Modifiers) ? at - 3 : at - 2;
        for (var start = last; start >= 0 && start >= last - 2; start--)
        {
            if (Nationality.At(reader.Text, reader.Tokens, start) is { } named && start + named.Tokens - 1 == last)
            {
                return named.Nationality.Adjective;
            }
        }
        return null;
    }
}
