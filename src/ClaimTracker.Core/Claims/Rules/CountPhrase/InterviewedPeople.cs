namespace ClaimTracker.Core.Claims;

/// <summary>
/// The people a reporter or a mission interviewed are its sample, not a count of a fate: "Reuters interviewed more than
/// 20 soldiers and commanders", "Of more than a dozen residents the Guardian spoke to in the city" (Unseen76
/// reuters-59th, guardian-kursk), "We spoke to about a dozen Ukrainian soldiers" (Unseen65 npr-kursk, no gold row),
/// "interviewed 37 survivors, relatives and witnesses" (Unseen20 amnesty, not required). The model: a verb of
/// interviewing (counts.json <c>interviewVerbs</c>, or <c>talkVerbs</c> with "to"/"with") right before the count's
/// hedge, or after its noun with at most <see cref="SubjectReach"/> words of its subject between ("residents the
/// Guardian spoke to"); the count is dropped only when its clause gave it no fate (other, or a guessed deployment) and
/// names no release: "interviewed 72 prisoners of war released in an exchange" (Unseen16) stays a gold row.
/// Golden case: interviewed_people_are_no_count.
/// </summary>
internal sealed class InterviewedPeople : CountPhraseRule
{
    public static readonly InterviewedPeople Rule = new();

    // "residents the Guardian spoke to", "soldiers whom the BBC's reporters interviewed".
    private const int SubjectReach = 4;

    private static readonly WordSet InterviewVerbs = WordLists.Set("interviewVerbs");
    private static readonly WordSet TalkVerbs = WordLists.Set("talkVerbs");

    private InterviewedPeople()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var unread = draft.Metric is null or Metric.Other || (draft.MetricGuessed && draft.Metric == Metric.Deployed);
        if (!unread || ReleaseInClause.Reads(reader, phrase.Left, phrase.Right))
        {
            return true;
        }
        var before = phrase.TokenBefore;
        var interviewed = (before > phrase.PreviousBound && Interviews(reader, before)) || InterviewedAfter(reader, phrase);
        return !interviewed;
    }

    // "interviewed 20", "spoke to 12", "talked with 30": the verb (and its particle) ends right before the count.
    private static bool Interviews(PeopleCountReader reader, int end) =>
        reader.IsIn(end, InterviewVerbs) || ((reader.Is(end, "to") || reader.Is(end, "with")) && reader.IsIn(end - 1, TalkVerbs));

    // "a dozen residents the Guardian spoke to": the verb after the noun, with only its subject's words between.
    private static bool InterviewedAfter(PeopleCountReader reader, CountPhrase phrase)
    {
        if (phrase.Noun < 0)
        {
            return false;
        }
        var tokens = reader.Tokens;
        for (var i = phrase.Noun + 1; i < tokens.Count && i <= phrase.Noun + SubjectReach + 1; i++)
        {
            if (!tokens[i].IsWord)
            {
                return false;
            }
            if (reader.IsIn(i, InterviewVerbs) || (reader.IsIn(i, TalkVerbs) && (reader.Is(i + 1, "to") || reader.Is(i + 1, "with"))))
            {
                return true;
            }
        }
        return false;
    }
}
