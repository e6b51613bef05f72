namespace ClaimTracker.Core.Claims;

/// <summary>
/// People awaited "to come" or "to arrive" have not come yet: "They are waiting for another around 2,000 people to come
/// and make up for the losses" (Ukraine's envoy on North Korean reinforcements, Unseen52 cna-nis; the gold reads
/// deployed, expected), "waiting for roughly 3,000 more soldiers to arrive", "we are expecting another 1,500 people to
/// come". An awaiting verb (status.json awaitArrivalVerbs) before the count, past "for", "another", "further"
/// (awaitArrivalLeads), and an arrival verb (arrivalVerbs) after "to" within the count's next words: expected; a
/// count no fate word named (or a force's, deployed) is the awaited deployment. "Patients waiting for evacuation" (the
/// wait after the count) is <see cref="AwaitedFate"/>'s. Golden case: waiting_for_more_to_come_is_expected.
/// </summary>
internal sealed class AwaitedArrival : CountPhraseRule
{
    public static readonly AwaitedArrival Rule = new();

    private const int LeadWords = 3;
    private const int Reach = 4;

    private static readonly WordSet AwaitVerbs = WordLists.Set("awaitArrivalVerbs");
    private static readonly WordSet Leads = WordLists.Set("awaitArrivalLeads");
    private static readonly WordSet ArrivalVerbs = WordLists.Set("arrivalVerbs");

    private AwaitedArrival()
        : base(RuleTriggers.Of("awaitedArrival"))
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var k = phrase.TokenBefore;
        for (var steps = 0; steps < LeadWords && reader.IsIn(k, Leads); steps++)
        {
            k--;
        }
        if (!reader.IsIn(k, AwaitVerbs) || !ArrivalAfter(reader, phrase))
        {
            return true;
        }
        if (draft.Metric is null or Metric.Other or Metric.Deployed)
        {
            draft.Metric = Metric.Deployed;
            draft.MetricGuessed = false;
        }
        draft.Status = ClaimStatus.Expected;
        return true;
    }

    private static bool ArrivalAfter(PeopleCountReader reader, CountPhrase phrase)
    {
        var end = Math.Min(Math.Min(reader.Tokens.Count, phrase.NextBound), phrase.AfterCount + Reach);
        for (var j = phrase.AfterCount; j < end; j++)
        {
            if (reader.Is(j, "to") && reader.IsIn(j + 1, ArrivalVerbs))
            {
                return true;
            }
        }
        return false;
    }
}
