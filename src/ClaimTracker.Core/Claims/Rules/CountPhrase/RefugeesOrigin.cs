namespace ClaimTracker.Core.Claims;

/// <summary>
/// "about 4,500 new arrivals from North Darfur had been registered at the border crossings near Tine", "more than
/// 583,000 refugees who crossed from Sudan into eastern Chad": refugees or new arrivals (populations.json
/// <c>refugeeNouns</c>) counted with the country or region they came from are that country's people, as the golds read
/// them ("Sudanese refugees"; Unseen74 okaz, Unseen63 hrw-el-geneina; UNHCR's Chad notes word arrivals so). The origin
/// stands right after the noun ("from" and a name) or in a relative clause of crossing or flight ("who crossed from",
/// <c>refugeeOriginVerbs</c>); a region's name may open on a capitalised compass word ("North Darfur") that the country
/// lookup does not hold. "People who crossed from Sudan" stay people: the golds keep a crossing's bare people bare.
/// Golden case: refugees_take_the_country_they_came_from.
/// </summary>
internal sealed class RefugeesOrigin : CountPhraseRule
{
    public static readonly RefugeesOrigin Rule = new();

    private static readonly WordSet Nouns = WordLists.Set("refugeeNouns");
    private static readonly WordSet OriginVerbs = WordLists.Set("refugeeOriginVerbs");
    private static readonly WordSet CompassWords = WordLists.Set("compassWords");
    private static readonly WordSet Auxiliaries = WordLists.Set("agentAuxiliaries");

    private RefugeesOrigin()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var noun = phrase.Noun;
        if (noun < 0 || draft.Nationalities.Count > 0 || !reader.IsIn(noun, Nouns))
        {
            return true;
        }
        var from = noun + 1;
        if (reader.Is(from, "who"))
        {
            from += reader.IsIn(from + 1, Auxiliaries) ? 2 : 1;
            from = reader.IsIn(from, OriginVerbs) ? from + 1 : -1;
        }
        if (from > 0 && from < phrase.NextBound && reader.Is(from, "from") && Origin(reader, from + 1, phrase.NextBound) is { } origin)
        {
            draft.Nationalities = [origin.Adjective];
        }
        return true;
    }

    // The country named at token i, past "the" and a capitalised compass word ("North Darfur"); not an adjective.
    private static Nationality? Origin(PeopleCountReader reader, int i, int bound)
    {
        i += reader.Is(i, "the") ? 1 : 0;
        if (i + 1 < bound && reader.IsIn(i, CompassWords) && char.IsUpper(reader.Text[reader.Tokens[i].Start]) && reader.Nationalities.At(i) is null)
        {
            i++;
        }
        if (i >= bound || reader.Nationalities.At(i) is not { } n)
        {
            return null;
        }
        var name = reader.Text.AsSpan(reader.Tokens[i].Start, reader.Tokens[i + n.Tokens - 1].End - reader.Tokens[i].Start);
        return name.Equals(n.Nationality.Adjective, StringComparison.OrdinalIgnoreCase) ? null : n.Nationality;
    }
}
