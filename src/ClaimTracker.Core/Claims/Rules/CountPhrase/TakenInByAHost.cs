namespace ClaimTracker.Core.Claims;

/// <summary>
/// People a country, a town or a family has "taken in" are refugees it hosts, displaced: "Shrewsbury has taken in dozens
/// of Ukrainians under the Homes for Ukraine scheme" (Unseen73 shrewsburychronicle), "Hungary, Romania and Slovakia
/// also taking in several hundred thousand refugees each", "Poland took in more than 1.5 million Ukrainians" (the
/// UNHCR-based roundups word hosting so). A verb of taking (metrics.json takeInVerbs) and "in" right before the count.
/// The military and a count some other word already gave a fate are left alone; "taken in for questioning" is a
/// detention (metrics.json detentionCues after the count), and a care centre's intake is no refuge ("Stabilization
/// centres have taken in nearly 21,000 children … whose severe acute malnutrition", Unseen17 un-news-sudan-cholera-who:
/// careTakers before the verb, or an illness, conditionIllnessCauses, in the sentence).
/// Golden case: taken_in_by_a_host_is_displaced.
/// </summary>
internal sealed class TakenInByAHost : CountPhraseRule
{
    public static readonly TakenInByAHost Rule = new();

    private static readonly WordSet TakeVerbs = WordLists.Set("takeInVerbs");
    private static readonly WordSet DetentionCues = WordLists.Set("detentionCues");
    private static readonly WordSet CareTakers = WordLists.Set("careTakers");
    private static readonly WordSet Illnesses = WordLists.Set("conditionIllnessCauses");

    private TakenInByAHost()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric is null or Metric.Other && !draft.Military && reader.Is(phrase.TokenBefore, "in") && reader.IsIn(phrase.TokenBefore - 1, TakeVerbs)
            && !reader.HasAny(DetentionCues, phrase.AfterCount, reader.Tokens.Count)
            && !reader.HasAny(CareTakers, 0, phrase.TokenBefore) && !reader.HasAny(Illnesses, 0, reader.Tokens.Count))
        {
            draft.Metric = Metric.Displaced;
            draft.MetricGuessed = false;
        }
        return true;
    }
}
