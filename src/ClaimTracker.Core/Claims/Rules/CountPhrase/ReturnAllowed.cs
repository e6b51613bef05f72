namespace ClaimTracker.Core.Claims;

/// <summary>
/// People a return is allowed or sought for, described after their noun by their flight: "aims to let some 60,000
/// residents of northern Israel, displaced by Hezbollah rocket fire, return to their homes", "allow some 60,000
/// residents displaced by near-daily exchanges of fire to return there" (Reuters on Israel's northern front). The return
/// is the purpose of the enabling verb, not what happened to them, and the plan or hope around that verb is about the
/// return; the participle or relative clause after their noun says what did happen: they are displaced, reported. An
/// enabling verb (counts.json enablingVerbs) right before the count, then a displacement word after the count phrase
/// and a homeward return after it, before the next count. "The ceasefire has allowed 810,000 displaced people to
/// return" (the displacement only before the noun) stays a return (`other`, the gold convention "Returns"). Golden case:
/// return_allowed_to_the_displaced.
/// </summary>
internal sealed class ReturnAllowed : CountPhraseRule
{
    public static readonly ReturnAllowed Rule = new();

    private const int Reach = 16;

    private static readonly WordSet EnablingVerbs = WordLists.Set("enablingVerbs");

    private ReturnAllowed()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (!reader.IsIn(phrase.TokenBefore, EnablingVerbs))
        {
            return true;
        }
        var end = Math.Min(Math.Min(reader.Tokens.Count, phrase.NextBound), phrase.AfterCount + Reach);
        var flight = Flight(reader, phrase.AfterCount, end);
        if (flight >= 0 && HomewardReturn.Within(reader, flight + 1, end))
        {
            draft.Metric = Metric.Displaced;
            draft.MetricGuessed = false;
            draft.Status = ClaimStatus.Reported;
        }
        return true;
    }

    // The first displacement word after the count phrase ("displaced by", "who fled", "forced from their homes").
    private static int Flight(PeopleCountReader reader, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (reader.Tokens[i].IsWord && MetricWord.At(reader, i, to) == Metric.Displaced)
            {
                return i;
            }
        }
        return -1;
    }
}
