namespace ClaimTracker.Core.Claims;

/// <summary>
/// The people after a scarce provision are its per-capita denominator, not a count: "Two monitors for half a million
/// people" (Unseen76 newyorker-al-ahli: a population, no gold row), "one water tap per 250 people", "a single latrine
/// for 500 residents" (camp and hospital reporting words its shortages this way). A small spelled numerator
/// (counts.json <c>perCapitaNumerators</c>: "one" … "ten", "single"), one or two lower-case words that name no people,
/// then "for" or "per" (<c>perCapitaLinks</c>) right before the figure and its hedge: the figure says how many share
/// the thing. "for every" is <see cref="RatioOfCounts"/>'s; a numerator before a people noun ("three hostages for 90
/// prisoners", a swap) is left to the swap rules, and a figure after "for" with no counted thing before it ("cooks for
/// about 300 people a day") or after places that house people ("opened two centres for 4,000 displaced people", metrics.json
/// <c>loadPlaces</c>, <c>shelterPlaces</c>: whom a shelter takes in) is left as the clause reads it. Golden case:
/// per_capita_denominator_is_no_count (with the shelter near-miss); unit cases: PerCapitaRatioTests.
/// </summary>
internal sealed class PerCapitaRatio : CountPhraseRule
{
    public static readonly PerCapitaRatio Rule = new();

    // "two working monitors for": at most two words name the provision.
    private const int ThingReach = 2;

    private static readonly WordSet Numerators = WordLists.Set("perCapitaNumerators");
    private static readonly WordSet Links = WordLists.Set("perCapitaLinks");
    private static readonly WordSet LoadPlaces = WordLists.Set("loadPlaces");
    private static readonly WordSet ShelterPlaces = WordLists.Set("shelterPlaces");

    private PerCapitaRatio()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft) =>
        !(reader.IsIn(phrase.TokenBefore, Links) && NumeratorBefore(reader, phrase.TokenBefore - 1));

    // Back from the word before "for" over the thing's words to the numerator.
    private static bool NumeratorBefore(PeopleCountReader reader, int last)
    {
        var i = last;
        while (i > last - ThingReach && ThingWord(reader, i))
        {
            i--;
        }
        return i < last && reader.IsIn(i, Numerators);
    }

    private static bool ThingWord(PeopleCountReader reader, int i) =>
        i >= 0 && reader.Tokens[i].IsWord && char.IsLower(reader.Word(i)[0]) && !reader.IsIn(i, Numerators) && !PeopleWords.IsPeopleNoun(reader.Word(i))
        && !reader.IsIn(i, LoadPlaces) && !reader.IsIn(i, ShelterPlaces);
}
