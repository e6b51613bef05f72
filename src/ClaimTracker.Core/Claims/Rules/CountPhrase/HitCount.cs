namespace ClaimTracker.Core.Claims;

/// <summary>
/// "his team had hit at least 12 North Koreans in a single day" (Unseen46 telegraph-north-korean-sappers-kursk): a
/// striking verb right before a count of people (counts.json hitVerbs) says they were hit, dead or hurt, the golds'
/// killed-or-wounded; the weak other, engaged or deployed reading of the clause yields to it. Only the verb right before
/// the count: "The strike hit a bus carrying 30 passengers" hits the bus, not the passengers, and keeps its reading
/// (a word list entry for "hit" turned that and seven gold sets' rows killed-or-wounded). Golden case:
/// hit_people_are_killed_or_wounded.
/// </summary>
internal sealed class HitCount : CountPhraseRule
{
    public static readonly HitCount Rule = new();

    private static readonly WordSet HitVerbs = WordLists.Set("hitVerbs");

    private HitCount()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var verb = phrase.TokenBefore;
        if (draft.Metric is Metric.Other or Metric.Engaged or Metric.Deployed && phrase.Noun >= 0 && verb >= phrase.Left && verb >= 0
            && reader.IsIn(verb, HitVerbs))
        {
            draft.Metric = Metric.KilledOrWounded;
            draft.MetricGuessed = false;
        }
        return true;
    }
}
