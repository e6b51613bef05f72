namespace ClaimTracker.Core.Claims;

/// <summary>
/// A country's civilians: "the mission says at least 164 civilians were killed and 910 injured in Ukraine in October",
/// "the UN mission in Ukraine says 12,600 civilians have been killed in the country": civilians with no nationality of
/// their own, in a sentence that names one country and only as a place, are that country's. Children and women are not
/// (gold convention, session 13: "more than 200 children had been killed in Lebanon" stays "children"); they take a
/// people only as an aside of a count that has one ("including 713 children") or in Gaza.
/// The next sentence or two's civilians with no country named are the same country's. "People" stays "people" outside Gaza, as the gold sets annotate it. Golden cases: civilians_of_the_country_named.
/// </summary>
internal static class CountryCivilians
{
    private static readonly WordSet Nouns = WordLists.Set("countryCivilians");

    public static Nationality? Of(ClaimDraft draft, List<(Nationality People, bool AsPlace)> named, (ClaimDraft Draft, Nationality People)? before)
    {
        if (!Nouns.Contains(draft.Noun) || !named.TrueForAll(n => n.AsPlace))
        {
            return null;
        }
        if (named.Count == 0)
        {
            // "…the deaths of 12,300 civilians in Ukraine. Another 27,800 civilians have been injured.": the next
            // sentence's civilians are the same country's, and so are those of a list in the same sentence ("Of the
            // civilians, 430 were killed in Latakia, 210 in Tartus").
            return before is { } b && b.Draft.Noun == draft.Noun && draft.Sentence - b.Draft.Sentence is >= 0 and <= 2 ? b.People : null;
        }
        var country = named[0].People;
        return named.TrueForAll(n => n.People.Country == country.Country) ? country : null;
    }
}
