namespace ClaimTracker.Core.Claims;

/// <summary>
/// The people an appeal or a response plan means to help are its target, not yet helped: "the Flash Appeal seeks to
/// help about one million people", "seeks US$ 566 million to support 4.6 million people", "which now seeks US$ 1.2
/// billion to assist 2.7 million people", "we aim to reach 25,000 people by the end of March", "the UN launched a $3
/// billion appeal to help 50 million people", "the appeal will help around 150,000 people". A verb of aid
/// (status.json <c>appealTargetVerbs</c>: help, assist, support, reach) right before the count, after "to" and a word of
/// asking or aiming, the money asked for or the appeal itself (<c>appealTargetCues</c>: seeks, aim, million, billion,
/// appeal, plan), or after "will" with the appeal or plan as its subject (<c>appealTargetDocuments</c>): planned, the
/// body's stated aim (Unseen84's gold convention for people targeted). Only that tight shape: "the total is expected to
/// reach 10,000" has no cue before "to", and "has so far reached 12,000" no "to". Met in UN flash appeals, response-plan
/// launches, UNICEF statements and charity donation pages (Unseen84 unrwa, ocha-lebanon, unicef, idrf; Unseen84
/// iasc's "seeks US$2.7 billion to reach"). Golden cases: an_appeal_seeking_to_help_people_is_planned,
/// a_toll_expected_to_reach_is_no_appeal.
/// </summary>
internal sealed class AppealTarget : CountPhraseRule
{
    public static readonly AppealTarget Rule = new();

    private static readonly WordSet Verbs = WordLists.Set("appealTargetVerbs");
    private static readonly WordSet Cues = WordLists.Set("appealTargetCues");
    // "the appeal will help around 150,000 people": the appeal or plan itself as the subject of "will" (appealTargetDocuments).
    private static readonly WordSet Documents = WordLists.Set("appealTargetDocuments");

    private AppealTarget()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var verb = phrase.TokenBefore;
        if (verb < 2 || !reader.IsIn(verb, Verbs))
        {
            return true;
        }
        if ((draft.Status == ClaimStatus.Reported && reader.Is(verb - 1, "to") && reader.IsIn(verb - 2, Cues))
            || (draft.Status == ClaimStatus.Expected && reader.Is(verb - 1, "will") && reader.IsIn(verb - 2, Documents)))
        {
            draft.Status = ClaimStatus.Planned;
        }
        return true;
    }
}
