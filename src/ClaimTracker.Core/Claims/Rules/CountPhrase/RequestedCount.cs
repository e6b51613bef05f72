namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count that is asked for is not there yet: "the military had asked for an additional 450,000 to 500,000 troops"
/// (The Washington Post on Ukraine's mobilisation, Unseen78), "Officials in Novosibirsk want 2,000 North Korean workers"
/// (NK News, Unseen78), "the president's request to lawmakers for 20,000 more soldiers", "Russia seeks 2,000 workers" —
/// a request or a want right before the count (status.json requestWords: requested, seeks, want; or "asked for",
/// "called for", requestLinkedVerbs + "for"), past an article or an addition word (requestLeads: an, additional,
/// another): planned, the asker's stated aim. Only right before the count: "officials, who requested anonymity, said 20
/// were killed" asks for nothing counted. Golden cases: asked_for_more_troops_is_planned, asked_for_near_miss.
/// </summary>
internal sealed class RequestedCount : CountPhraseRule
{
    public static readonly RequestedCount Rule = new();

    private const int LeadWords = 2;

    private static readonly WordSet RequestWords = WordLists.Set("requestWords");
    private static readonly WordSet LinkedVerbs = WordLists.Set("requestLinkedVerbs");
    private static readonly WordSet Leads = WordLists.Set("requestLeads");

    private RequestedCount()
        : base(RuleTriggers.Of("requestedCount"))
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var k = WordBeforeLeads(reader, phrase);
        if (draft.Status == ClaimStatus.Reported
            && (reader.IsIn(k, RequestWords) || (reader.Is(k, "for") && reader.IsIn(k - 1, LinkedVerbs))))
        {
            draft.Status = ClaimStatus.Planned;
        }
        return true;
    }

    /// <summary>The token before the count past up to two addition words ("an additional", "another"): the count's verb or condition.</summary>
    internal static int WordBeforeLeads(PeopleCountReader reader, CountPhrase phrase)
    {
        var k = phrase.TokenBefore;
        for (var steps = 0; steps < LeadWords && reader.IsIn(k, Leads); steps++)
        {
            k--;
        }
        return k;
    }
}
