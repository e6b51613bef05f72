namespace ClaimTracker.Core.Claims;

/// <summary>
/// A release list and its parts: "1,968 prisoners were due for release under the deal, 1,716 of them detainees arrested
/// in Gaza since the war began, including 22 minors", "the list of 250 Palestinian prisoners it plans to release, along
/// with 1,700 Gazans detained since …". Swap reports (AP, AFP on the Gaza exchanges) count who a deal frees, then break the
/// list down; the gold sets read the list as freed people to come (`other`, `planned`) and every part as the list's,
/// whatever participle ("arrested", "detained") describes it inside its own clause: the part is still a share of those
/// to be freed, not a new arrest. Model: after the count's noun, the clause says "due for release" or a plan word, "to"
/// and a release verb (metrics.json <c>releaseListVerbs</c>; the count is the plan's fronted object); a part follows
/// such a list in the sentence, after a comma with "of them", or after "including", "along with", "among"
/// (<c>releaseListLeads</c>). "another 120 are due to be released next week" (a passive timetable) stays held, as
/// <see cref="SwapToCome"/> reads it, while a past "were to be released" is the list; its parts take whatever the list
/// took, held or freed, and so do the parts that open the next sentence ("Another 252 were serving life sentences",
/// "Among them are 50 serving life terms": <c>releaseListNextLeads</c>) when their own clause sets no status. Runs after
/// the status rules. Golden cases: a_release_list_and_its_parts, a_passive_release_list_and_its_parts,
/// were_to_be_released_is_the_release_list.
/// </summary>
internal sealed class ReleaseList : CountPhraseRule
{
    public static readonly ReleaseList Rule = new();

    private static readonly WordSet ReleaseVerbs = WordLists.Set("releaseListVerbs");
    private static readonly WordSet PartLeads = WordLists.Set("releaseListLeads");
    private static readonly WordSet NextSentenceLeads = WordLists.Set("releaseListNextLeads");
    private static readonly WordSet PastCopulas = WordLists.Set("releaseListPastCopulas");

    private ReleaseList()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (IsList(reader, phrase))
        {
            draft.Metric = Metric.Other;
            draft.MetricGuessed = false;
            draft.Status = ClaimStatus.Planned;
        }
        else if (OwnFateGiven(draft))
        {
            return true;
        }
        else if (phrase.Previous is { Metric: { } listMetric } list && IsPlan(listMetric, list.Status) && IsPart(reader, phrase))
        {
            TakeTheList(draft, listMetric, list.Status);
        }
        else if (draft.Status == ClaimStatus.Reported && PartOfTheListBefore(reader, phrase) is { Metric: { } metric, Status: { } status })
        {
            TakeTheList(draft, metric, status);
        }
        return true;
    }

    // A part killed or wounded keeps its fate: only held, freed or detained people are read as the list's share.
    private static bool OwnFateGiven(ClaimDraft draft) =>
        !draft.MetricGuessed && draft.Metric is not (Metric.Other or Metric.Captured or Metric.Detained);

    // A list of people to be freed or held for a swap to come: other or captured, planned or expected.
    private static bool IsPlan(Metric metric, ClaimStatus status) =>
        metric is Metric.Other or Metric.Captured && status is ClaimStatus.Planned or ClaimStatus.Expected;

    private static void TakeTheList(ClaimDraft draft, Metric metric, ClaimStatus status)
    {
        draft.Metric = metric;
        draft.MetricGuessed = false;
        draft.Status = status;
    }

    // "prisoners were due for release", "prisoners it plans to release": the release plan after the count's noun,
    // before any other count.
    private static bool IsList(PeopleCountReader reader, CountPhrase phrase)
    {
        if (phrase.Noun < 0)
        {
            return false;
        }
        var end = phrase.NextBound >= 0 ? Math.Min(phrase.NextBound, phrase.Right) : phrase.Right;
        for (var i = phrase.Noun + 1; i + 2 < reader.Tokens.Count && i < end; i++)
        {
            if ((reader.IsIn(i + 2, ReleaseVerbs)
                && ((reader.Is(i, "due") && reader.Is(i + 1, "for")) || (reader.IsIn(i, ClaimLexicon.Planned) && reader.Is(i + 1, "to"))))
                || NarratedRelease(reader, i))
            {
                return true;
            }
        }
        return false;
    }

    // "More than 620 Palestinian prisoners were to be released overnight": a past "were to be released" tells the
    // release as the day's report narrates it (Unseen38), where a present timetable ("another 120 are due to be released
    // next week", "are to be exchanged") keeps the people held, as <see cref="SwapToCome"/> reads it (golden case
    // were_to_be_released_is_the_release_list).
    private static bool NarratedRelease(PeopleCountReader reader, int i) =>
        reader.IsIn(i, PastCopulas) && reader.Is(i + 1, "to") && reader.Is(i + 2, "be") && reader.IsIn(i + 3, ReleaseVerbs);

    // ", 1,716 of them detainees …", "including 22 minors", "along with 1,700 Gazans detained …": a share of the list
    // read just before it.
    private static bool IsPart(PeopleCountReader reader, CountPhrase phrase)
    {
        if (phrase.QualifierFirst < 1)
        {
            return false;
        }
        var lead = phrase.QualifierFirst - 1;
        return reader.IsIn(lead, PartLeads)
            || (!reader.Tokens[lead].IsWord && reader.Is(phrase.TokenAfter, "of") && reader.Is(phrase.TokenAfter + 1, "them"));
    }

    // "Another 252 were serving life sentences", "Among them are 50 …", "Of those, 80 …" opening the sentence right
    // after a release list: the list's people, still to be freed or held.
    private static PeopleContext? PartOfTheListBefore(PeopleCountReader reader, CountPhrase phrase)
    {
        if (phrase.First < 1 || phrase.First > 4)
        {
            return null;
        }
        for (var i = 0; i < phrase.First; i++)
        {
            if (reader.Tokens[i].IsWord ? !reader.IsIn(i, NextSentenceLeads) : reader.Word(i) is not ",")
            {
                return null;
            }
        }
        return phrase.Antecedent() is { } list && list.Sentence == reader.SentenceIndex - 1
            && list.Metric is { } metric && list.Status is { } status && IsPlan(metric, status) ? list : null;
    }
}
