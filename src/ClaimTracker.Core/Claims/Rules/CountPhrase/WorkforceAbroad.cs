namespace ClaimTracker.Core.Claims;

/// <summary>
/// A state's workers said to be in a named country are sent there: "about 4,500 North Korean workers were already
/// thought to be in Russia", "around 2,500 construction workers are believed to be in Russia" are deployed, as the
/// gold reads workers a state sends (Unseen37, after <see cref="WorkforceDeparture"/>'s leaving for a country). A count
/// of workers (metrics.json sentWorkforce) with no fate of its own, then only verbs of being and hedges (presenceLeads,
/// presenceHedges), then "in" (presencePlaces) and a capitalised place. Golden case: workers_present_abroad_are_deployed.
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

    private WorkforceAbroad()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric is not (Metric.Other or null) || !draft.MetricGuessed || !reader.IsIn(phrase.Noun, Workforce))
        {
            return true;
        }
        for (var j = phrase.AfterCount; j < reader.Tokens.Count && j <= phrase.AfterCount + Reach; j++)
        {
            if (reader.IsIn(j, Places))
            {
                if (j > phrase.AfterCount && j + 1 < reader.Tokens.Count && reader.Tokens[j + 1].IsWord && char.IsUpper(reader.Text[reader.Tokens[j + 1].Start]))
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
}
