namespace ClaimTracker.Core.Claims;

/// <summary>
/// A state's workers said to be in a named country are sent there: "about 4,500 North Korean workers were already
/// thought to be in Russia", "around 2,500 construction workers are believed to be in Russia" are deployed, as the
/// gold reads workers a state sends (Unseen37, after <see cref="WorkforceDeparture"/>'s leaving for a country). A count
/// of workers (metrics.json sentWorkforce) with no fate of its own, then only verbs of being and hedges (presenceLeads,
/// presenceHedges), then "in" (presencePlaces) and a capitalised place or "the region". Golden cases: workers_present_abroad_are_deployed,
/// nationals_working_abroad_are_deployed.
/// </summary>
internal sealed class WorkforceAbroad : CountPhraseRule
{
    public static readonly WorkforceAbroad Rule = new();

    // "were already thought to be in": the bridge from the count's noun to "in" is short.
    private const int Reach = 7;

    private static readonly WordSet Workforce = WordLists.Set("sentWorkforce");
    private static readonly WordSet Leads = WordLists.Set("presenceLeads");
    private static readonly WordSet Hedges = WordLists.Set("presenceHedges");
    private static readonly WordSet Places = WordLists.Set("presencePlaces");
    private static readonly WordSet WorkWords = WordLists.Set("workAbroadWords");
    private static readonly WordSet RegionWords = WordLists.Set("regionWords");

    private WorkforceAbroad()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric is not (Metric.Other or null) || !draft.MetricGuessed || !(reader.IsIn(phrase.Noun, Workforce) || NationalsAtWork(reader, phrase, draft)))
        {
            return true;
        }
        for (var j = phrase.AfterCount; j < reader.Tokens.Count && j <= phrase.AfterCount + Reach; j++)
        {
            if (reader.IsIn(j, Places))
            {
                if (j > phrase.AfterCount && j + 1 < reader.Tokens.Count && reader.Tokens[j + 1].IsWord && (char.IsUpper(reader.Text[reader.Tokens[j + 1].Start]) || TheRegion(reader, j + 1)))
                {
                    draft.Metric = Metric.Deployed;
                    draft.MetricGuessed = false;
                }
                return true;
            }
            if (!reader.IsIn(j, Leads) && !reader.IsIn(j, Hedges))
            {
                return true;
            }
        }
        return true;
    }

    // "about 4,500 North Koreans were still working in the region" (Unseen56 euromaidan-yonhap; Unseen18's "military
    // builders … still working in the region"): a state's nationals named by their demonym alone, at work abroad, are
    // sent there as its workers are. The demonym is capitalised and the verb of work (metrics.json workAbroadWords) stands
    // in the bridge; "400 rescuers … were working at the scenes" names no nation (golden case nationals_working_abroad_are_deployed).
    private static bool NationalsAtWork(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Nationalities.Count == 0 || phrase.Noun < 0 || !reader.Tokens[phrase.Noun].IsWord || !char.IsUpper(reader.Text[reader.Tokens[phrase.Noun].Start]))
        {
            return false;
        }
        for (var j = phrase.AfterCount; j < reader.Tokens.Count && j <= phrase.AfterCount + Reach; j++)
        {
            if (reader.IsIn(j, WorkWords))
            {
                return true;
            }
        }
        return false;
    }

    // "in the region", "in the area": the place the story named before.
    private static bool TheRegion(PeopleCountReader reader, int k) =>
        reader.Is(k, "the") && reader.IsIn(k + 1, RegionWords);
}
