namespace ClaimTracker.Core.Claims;

/// <summary>
/// People a shelter houses are displaced, as people living in shelters are (the shelter convention, docs/extraction.md):
/// "its shelters were hosting around 610,000 people", "schools in Saida now house about 14,300 people", "the camps
/// provide temporary homes for over 640,000 people", "temporary shelters are inhabited by more than 164,000 people"
/// (UNRWA, OCHA, Lebanon's crisis committee and IOM word their counts so). The model: the count is the object of a
/// housing verb (metrics.json <c>housingVerbs</c>) or of a housing noun and its link ("homes for", "home to",
/// "inhabited by": <c>housingNouns</c>, <c>housingLinks</c>), and a shelter place (<c>housingPlaces</c>) stands in the
/// sentence before the verb or in the count's clause after it. A town or a city is no shelter: "the city is home to
/// 700,000 people" stays <c>other</c>. Only a count the clause reads as <c>other</c> changes. Golden case:
/// shelters_house_the_displaced.
/// </summary>
internal sealed class HousedInShelter : CountPhraseRule
{
    public static readonly HousedInShelter Rule = new();

    // How far before the verb the shelter may be named: "the four schools-turned-shelters have served as temporary homes for".
    private const int Reach = 10;

    private static readonly WordSet Verbs = WordLists.Set("housingVerbs");
    private static readonly WordSet Nouns = WordLists.Set("housingNouns");
    private static readonly WordSet Links = WordLists.Set("housingLinks");
    private static readonly WordSet Places = WordLists.Set("housingPlaces");

    private HousedInShelter()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Military || draft.Metric != Metric.Other || HousingVerb(reader, phrase.TokenBefore) is not { } verb)
        {
            return true;
        }
        if (reader.HasAny(Places, Math.Max(reader.SentenceFirstToken(), verb - Reach), verb) || reader.HasAny(Places, phrase.AfterCount, phrase.Right))
        {
            draft.Metric = Metric.Displaced;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // "house 14,300", "homes for 640,000", "inhabited by 164,000": the verb, or the noun before its link.
    private static int? HousingVerb(PeopleCountReader reader, int before)
    {
        if (before < 0 || !reader.Tokens[before].IsWord)
        {
            return null;
        }
        var w = reader.Word(before);
        if (Verbs.Contains(w))
        {
            return before;
        }
        return Links.Contains(w) && reader.IsIn(before - 1, Nouns) ? before - 1 : null;
    }
}
