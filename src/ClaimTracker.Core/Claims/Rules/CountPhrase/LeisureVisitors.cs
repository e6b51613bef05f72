namespace ClaimTracker.Core.Claims;

/// <summary>
/// Tourists, guests and spectators counted with no fate are a trade's figures, not the war's: "Lebanon received about
/// 1.4 million tourists", "a wedding for 400 guests" (Unseen78 bloomberg-lebanon-tourism), "a stadium able to seat 10,000
/// spectators" (Unseen78 aljazeera-gaza-athletes, and stadium capacities in bbcsport, annotated not required). A count
/// whose people noun is one of them (people.json visitorNouns) and for whom the sentence reads no fate (metric other)
/// is dropped; "a missile strike killed four tourists" keeps its fate and stays. Mourners are left out: a crowd at a
/// funeral ("Hundreds of mourners gathered in a central square in Beirut", Unseen68) is matched, not required, and
/// belongs with <see cref="CrowdScene"/>. Golden case: visitors_without_a_fate_are_no_claim.
/// </summary>
internal sealed class LeisureVisitors : CountPhraseRule
{
    public static readonly LeisureVisitors Rule = new();

    private static readonly WordSet VisitorNouns = WordLists.Set("visitorNouns");

    private LeisureVisitors()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft) =>
        draft.Metric is not (null or Metric.Other) || phrase.Noun < 0 || !reader.IsIn(phrase.Noun, VisitorNouns);
}
