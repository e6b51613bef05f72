namespace ClaimTracker.Core.Claims;

/// <summary>
/// A crowd the writer counts at an event is no claim about people the war touched: "about 60 mourners gathered" at a
/// funeral (Unseen78 aljazeera-gaza-athletes), "about 3,000 people gathered in Parramatta on Sunday night at a rally"
/// (Unseen78 sbs-lebanon-evacuees), and in real reports "approximately 500 students gathered on the campus quad",
/// "50,000 people took part in a demonstration". Every gold set leaves crowds, mourners and attendances unannotated or
/// not required. With no fate read (metric other), a precise count followed at once by an event's verb (people.json
/// eventCrowdVerbs: gathered, attended, rallied, marched …; only "had" may stand between) is dropped when the sentence names
/// no speaker: a crowd given by a body ("Some 5,000 people attended the funeral, the agency said") keeps its frame
/// (golden case a_crowd_scene_near_miss), a crowd the verb sends to a commemoration ("gathered for the funeral",
/// <see cref="CommemorationCrowd"/>) stays as Unseen68 annotates it, a vague crowd ("Hundreds of people had gathered")
/// stays as the vague count
/// the golds accept (a_crowd_that_gathered_is_no_deployment), and people killed where they gathered keep their fate.
/// Golden cases: a_crowd_at_an_event_is_no_claim, a_crowd_killed_where_it_gathered_stays.
/// </summary>
internal sealed class CrowdAtAnEvent : CountPhraseRule
{
    public static readonly CrowdAtAnEvent Rule = new();

    private static readonly WordSet EventVerbs = WordLists.Set("eventCrowdVerbs");

    private CrowdAtAnEvent()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft) =>
        draft.Metric is not (null or Metric.Other) || draft.Military || draft.Qualifier == Qualifier.Vague
        || reader.Attributors.Count > 0 || !VerbFollows(reader, phrase);

    // The event's verb right after the count and its noun: "about 60 mourners gathered", "3,000 people had rallied"; not
    // "people who had gathered at the market were wounded", whose fate the relative clause only delays.
    private static bool VerbFollows(PeopleCountReader reader, CountPhrase phrase)
    {
        var verb = reader.Is(phrase.AfterCount, "had") ? phrase.AfterCount + 1 : phrase.AfterCount;
        // "attended to the wounded" is care, not a crowd.
        // "gathered for the funeral of the slain reporters": a crowd at a commemoration is a count Unseen68 annotates
        // (mourners and commemoration crowds, metric other; <see cref="CommemorationCrowd"/>), so it stays.
        return reader.IsIn(verb, EventVerbs) && !reader.Is(verb + 1, "to") && !CommemorationCrowd.Follows(reader, verb);
    }
}
