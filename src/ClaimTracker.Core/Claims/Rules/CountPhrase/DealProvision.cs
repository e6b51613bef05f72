namespace ClaimTracker.Core.Claims;

/// <summary>
/// Status planned: what a deal provides for is a plan, whatever the tense of its telling: "The deal provided for the
/// release of 33 hostages, …, in exchange for about 1,900 Palestinians held by Israel", "the truce calls for eight more
/// hostages to be freed", "the agreement envisages the exchange of 320 prisoners". Swap reports (AFP, Reuters on the Gaza
/// truce phases and the Istanbul exchanges) restate a deal's terms so beside the releases already made; a deal's phase
/// "is meant to see" or "would see" its count freed ("The first phase of the deal is meant to see 33 hostages go home
/// over six weeks", Unseen73 marshallindependent; "the first stage would see 33 hostages released"). Model: before the
/// count, in its sentence, a provision verb (status.json <c>provisionVerbs</c>, or <c>provisionVerbsWithFor</c> then
/// "for") whose subject is a deal noun (<c>provisionSubjects</c>) a word or two before it; no clause opener
/// (<c>provisionBreaks</c>) between the verb and the count. The people the deal frees are the deal's returnees (`other`,
/// as <see cref="ReleaseList"/> reads a release list), not people held; a count of the dead ("the return of the bodies
/// of 28 hostages who died", Unseen35) reports the deaths and is left alone. Runs after <see cref="SwapToCome"/>.
/// Golden cases: a_deals_provision_is_a_plan, a_deals_phase_meant_to_see.
/// </summary>
internal sealed class DealProvision : CountPhraseRule
{
    public static readonly DealProvision Rule = new();

    private static readonly WordSet Verbs = WordLists.Set("provisionVerbs");
    private static readonly WordSet VerbsWithFor = WordLists.Set("provisionVerbsWithFor");
    private static readonly WordSet Subjects = WordLists.Set("provisionSubjects");
    private static readonly WordSet SubjectBridges = WordLists.Set("provisionSubjectBridges");
    private static readonly WordSet Breaks = WordLists.Set("provisionBreaks");

    private DealProvision()
        : base(RuleTriggers.Of("dealProvision"))
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Status is ClaimStatus.Reported or ClaimStatus.Planned
            && draft.Metric is not (Metric.Killed or Metric.Wounded or Metric.KilledOrWounded)
            && ProvidedBefore(reader, phrase.QualifierFirst))
        {
            draft.Status = ClaimStatus.Planned;
            if (draft.Metric is Metric.Captured or Metric.Detained)
            {
                draft.Metric = Metric.Other;
                draft.MetricGuessed = false;
            }
        }
        return true;
    }

    private static bool ProvidedBefore(PeopleCountReader reader, int count)
    {
        for (var i = count - 1; i >= 1; i--)
        {
            if (reader.IsIn(i, Breaks))
            {
                return false;
            }
            if ((reader.IsIn(i, Verbs) || (reader.IsIn(i, VerbsWithFor) && reader.Is(i + 1, "for"))) && HasDealSubject(reader, i))
            {
                return true;
            }
        }
        return false;
    }

    // "The deal provided", "The truce also calls", "the agreement itself stipulates".
    private static bool HasDealSubject(PeopleCountReader reader, int verb)
    {
        var subject = verb - 1;
        while (reader.IsIn(subject, SubjectBridges))
        {
            subject--;
        }
        return reader.IsIn(subject, Subjects);
    }
}
