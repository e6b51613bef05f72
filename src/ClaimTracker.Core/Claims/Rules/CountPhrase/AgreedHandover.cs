namespace ClaimTracker.Core.Claims;

/// <summary>
/// Status planned: a count handed over under a deal is a plan, even when the deal stands a clause before: "a deal for
/// each side to hand over 1,000 prisoners", "the delegations agreed to exchange all severely wounded prisoners …, as well
/// as to hand over the bodies of 6,000 fallen soldiers". <see cref="StatedPlan"/> reads plan words inside the count's
/// clause only, so the second infinitive of an agreement, or one after a deal noun, stayed reported. Swap reports
/// (Ukraine and Russia's Istanbul talks, Gaza's truce phases) state what each side is to hand over so.
/// Model: the count is the object of an infinitive of handing over (metrics.json <c>handoverVerbs</c>, with "over",
/// "back" or "the bodies of" between), and before that "to" the sentence has a plan word (status.json <c>planned</c>)
/// or a deal noun (<c>dealNouns</c>). "refused to hand over 300 bodies" has neither and stays as read.
/// An actor's "will" or "would" before the handover verb is its decision too ("will also return the bodies of 6,000").
/// Golden cases: a_deal_to_hand_over_is_a_plan, will_return_the_bodies_is_a_plan, PeopleWhoFledTests (a return of
/// people who fled is no handover).
/// </summary>
internal sealed class AgreedHandover : CountPhraseRule
{
    public static readonly AgreedHandover Rule = new();

    private static readonly WordSet HandoverVerbs = WordLists.Set("handoverVerbs");
    private static readonly WordSet HandoverBridges = WordLists.Set("handoverBridges");
    private static readonly WordSet DealNouns = WordLists.Set("dealNouns");
    private static readonly WordSet Modals = WordLists.Set("handoverModals");
    private static readonly WordSet Bridges = WordLists.Set("planBridges");

    private AgreedHandover()
        : base(RuleTriggers.Of("agreedHandover"))
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        // "it wants to return tens of thousands of people who left their homes": people who fled are returned home,
        // not handed over; the count is their displacement, reported (<see cref="PeopleWhoFled"/>).
        if (draft.Status != ClaimStatus.Reported || PeopleWhoFled.Follows(reader, phrase, draft))
        {
            return true;
        }
        var verb = phrase.TokenBefore;
        for (var bridged = 0; bridged < 5 && reader.IsIn(verb, HandoverBridges); bridged++)
        {
            verb--;
        }
        if (verb < 1 || !reader.IsIn(verb, HandoverVerbs))
        {
            return true;
        }
        if (DecidedBy(reader, verb - 1))
        {
            draft.Status = ClaimStatus.Planned;
            return true;
        }
        if (!reader.Is(verb - 1, "to"))
        {
            return true;
        }
        for (var i = verb - 2; i >= 0; i--)
        {
            if (reader.Tokens[i].IsWord && (ClaimLexicon.Planned.Contains(reader.Word(i)) || DealNouns.Contains(reader.Word(i))))
            {
                draft.Status = ClaimStatus.Planned;
                return true;
            }
        }
        return true;
    }

    // "Moscow will also return the bodies of 6,000": the actor's own "will" before a handover is its decision, README's
    // "will send", as "will hand over" already reads; "return" is not a plan action elsewhere ("residents will return
    // home" stays a forecast), so only with the handover's object (metrics.json handoverModals, planBridges between;
    // golden case will_return_the_bodies_is_a_plan).
    private static bool DecidedBy(PeopleCountReader reader, int before)
    {
        var modal = before;
        for (var bridged = 0; bridged < 2 && reader.IsIn(modal, Bridges); bridged++)
        {
            modal--;
        }
        return reader.IsIn(modal, Modals);
    }
}
