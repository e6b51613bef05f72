namespace ClaimTracker.Core.Claims;

/// <summary>
/// People a danger hangs over are a population at risk, not a forecast toll: "would endanger the lives of hundreds of
/// patients", "would put the lives of hundreds of patients in danger", "puts hundreds of patients at risk" (the WHO on
/// Gaza's hospitals, Unseen53 tribune-who), "threatens the lives of 50,000 residents", "leaving roughly 260,000 people
/// without medical care" are `other` in every gold set that annotates them (Unseen14, Unseen36, Unseen53), and the
/// danger is stated, not foreseen: reported. Without the rule "lives" read as a death and "would" as a forecast, and a
/// fate word before the count ("the fighting puts", "forced evacuation … puts") gave its own metric. The frame: an
/// endangering verb (metrics.json endangerVerbs) before the count, past "the lives of" (perilLeads); or an exposing
/// verb (exposingVerbs: put, place, leave) before it with a peril after the count phrase in its clause ("at risk", "in
/// danger", "in jeopardy", perilNouns, after "at"/"in"; or "without" and a want, perilWants). A displacement foreseen
/// ("puts 300,000 people at risk of displacement", <see cref="ThreatenedDisplacement"/>) keeps its reading; "will leave
/// 3,000 families without shelter" keeps its forecast status (the frame is not said to be a danger).
/// Lives said to "hang in the balance" are the same danger with no verb before the count: "the lives of some 800,000
/// people in and around El Fasher hang in the balance" (OCHA at the Security Council, Unseen81 unpress; the UN's
/// briefings on Darfur and Gaza use the phrase of whole populations): "the lives of" right before the count
/// (perilLeads) and a hanging verb (balanceHangVerbs) with "in the balance" after the count phrase in its clause.
/// Golden cases: endangered_patients_are_other, left_without_care_is_other, lives_hanging_in_the_balance_are_other.
/// </summary>
internal sealed class EndangeredPeople : CountPhraseRule
{
    public static readonly EndangeredPeople Rule = new();

    private const int LeadWords = 4;
    private const int Reach = 8;

    private static readonly WordSet EndangerVerbs = WordLists.Set("endangerVerbs");
    private static readonly WordSet ExposingVerbs = WordLists.Set("exposingVerbs");
    private static readonly WordSet PerilLeads = WordLists.Set("perilLeads");
    private static readonly WordSet PerilNouns = WordLists.Set("perilNouns");
    private static readonly WordSet PerilWants = WordLists.Set("perilWants");
    private static readonly WordSet HangVerbs = WordLists.Set("balanceHangVerbs");

    private EndangeredPeople()
        : base(RuleTriggers.Of("endangeredPeople"))
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric == Metric.Displaced && draft.Status == ClaimStatus.Expected)
        {
            return true;
        }
        var verb = VerbBefore(reader, phrase.TokenBefore);
        var endangered = reader.IsIn(verb, EndangerVerbs) || (LivesOfBefore(reader, phrase.TokenBefore) && HangsInTheBalance(reader, phrase));
        var peril = !endangered && reader.IsIn(verb, ExposingVerbs) ? PerilAfter(reader, phrase) : Peril.None;
        if (endangered || peril != Peril.None)
        {
            draft.Metric = Metric.Other;
            draft.MetricGuessed = false;
            if (peril != Peril.Want)
            {
                draft.Status = ClaimStatus.Reported;
            }
        }
        return true;
    }

    // The verb before "the lives of": the word left after stepping back over the peril's leads.
    private static int VerbBefore(PeopleCountReader reader, int k)
    {
        for (var steps = 0; steps < LeadWords && reader.IsIn(k, PerilLeads); steps++)
        {
            k--;
        }
        return k;
    }

    // "the lives of" right before the count.
    private static bool LivesOfBefore(PeopleCountReader reader, int of) =>
        reader.Is(of, "of") && (reader.Is(of - 1, "lives") || reader.Is(of - 1, "life"));

    // "... hang in the balance": the verb, then "in the balance", after the count phrase and within its clause.
    private static bool HangsInTheBalance(PeopleCountReader reader, CountPhrase phrase)
    {
        var end = Math.Min(Math.Min(reader.Tokens.Count, phrase.NextBound), phrase.AfterCount + Reach);
        for (var j = phrase.AfterCount; j < end; j++)
        {
            if (reader.IsIn(j, HangVerbs) && reader.Is(j + 1, "in") && reader.Is(j + 2, "the") && reader.Is(j + 3, "balance"))
            {
                return true;
            }
        }
        return false;
    }

    private static Peril PerilAfter(PeopleCountReader reader, CountPhrase phrase)
    {
        var end = Math.Min(Math.Min(reader.Tokens.Count, phrase.NextBound), phrase.AfterCount + Reach);
        for (var j = phrase.AfterCount; j < end; j++)
        {
            if (reader.IsIn(j, PerilNouns) && (reader.Is(j - 1, "at") || reader.Is(j - 1, "in") || reader.Is(j - 2, "at")))
            {
                return Peril.Danger;
            }
            if (reader.Is(j, "without") && reader.IsIn(j + 1, PerilWants))
            {
                return Peril.Want;
            }
        }
        return Peril.None;
    }
}
