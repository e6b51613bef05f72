namespace ClaimTracker.Core.Claims;

/// <summary>
/// A state's workers that a region or a country asks for are sent workers: "Novosibirsk seeks 2,000 North Korean
/// workers", "officials want 2,000 North Korean workers on their housing projects", "plans to bring in between 20,000 and
/// 50,000 North Korean workers" (Unseen78 nknews-novosibirsk, whose conventions read workers 'want' and 'floated plans'
/// as deployed), "asked to import about 2,000 workers from North Korea", "may attract up to 50,000 workers from North
/// Korea" (Russian officials' own wording of the same labour deals). <see cref="WorkforceAbroad"/> reads the workers once
/// they are there; this reads them asked for, and <see cref="RequestedCount"/> or the plan's own verb gives the status.
/// The model: a count of workers (metrics.json sentWorkforce) of a state that sends its workers abroad as its own
/// (labourSendingNations: "North Korean", "from North Korea"), no fate read, and a verb of seeking or importing
/// (workforceSeekVerbs) or "bring in" (workforceBringVerbs + "in") right before it, past the request leads ("another",
/// "an additional"). A firm's "wants 300 workers for the harvest" names no nation and stays a labour count; migrant
/// workers "from India and Sri Lanka" are a labour market. "has brought in about 12,000 North Korean workers" is left
/// to the rules of workers who are there (golden case a_source_familiar_with_a_government_is_no_government keeps it
/// other). Golden case: sought_foreign_workers_are_deployed.
/// </summary>
internal sealed class SoughtWorkforce : CountPhraseRule
{
    public static readonly SoughtWorkforce Rule = new();

    private static readonly WordSet Workforce = WordLists.Set("sentWorkforce");
    private static readonly WordSet SeekVerbs = WordLists.Set("workforceSeekVerbs");
    private static readonly WordSet BringVerbs = WordLists.Set("workforceBringVerbs");
    private static readonly WordSet SendingNations = WordLists.Set("labourSendingNations");

    private SoughtWorkforce()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric is not (Metric.Other or null) || !draft.MetricGuessed || !SentByTheirState(draft) || !reader.IsIn(phrase.Noun, Workforce))
        {
            return true;
        }
        var k = RequestedCount.WordBeforeLeads(reader, phrase);
        if (reader.IsIn(k, SeekVerbs) || (reader.Is(k, "in") && reader.IsIn(k - 1, BringVerbs)))
        {
            draft.Metric = Metric.Deployed;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // Pyongyang hires its workers out as a state (the conventions' 'North Korean workers', deployed); "tens of thousands
    // of workers from India and Sri Lanka" an Israeli minister would bring in are a labour market, not a war's people
    // (Unseen78 timesofisrael-bank-of-israel, required false, metric other).
    private static bool SentByTheirState(ClaimDraft draft) =>
        draft.Nationalities.Count == 1 && SendingNations.Contains(draft.Nationalities[0]);
}
