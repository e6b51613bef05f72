namespace ClaimTracker.Core.Claims;

/// <summary>
/// Displaced people who go home end their displacement: "the truce allowed nearly 810,000 displaced people to return to
/// their villages", "14,000 Lebanese who had fled to Syria went back home", "26,000 people crossed from Syria back into
/// Lebanon", "thousands of refugees are expected to return home" are `other` (the gold convention "Returns"); the
/// displaced word names who they were, the return what happened to them. A count read as displaced with a homeward
/// return after it in its clause; "returnees" fleeing a war stay displaced (Unseen9), and so do people "unable to
/// return". Golden case: displaced_people_who_return.
/// </summary>
internal sealed class ReturnOfTheDisplaced : CountPhraseRule
{
    public static readonly ReturnOfTheDisplaced Rule = new();

    private const int Reach = 16;

    private static readonly WordSet Relatives = WordLists.Set("relativePronouns");

    private ReturnOfTheDisplaced()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric == Metric.Displaced && !draft.Noun.EndsWith("returnees", StringComparison.OrdinalIgnoreCase)
            && HomewardReturn.Within(reader, phrase.AfterCount, ClauseEnd(reader, phrase)))
        {
            draft.Metric = Metric.Other;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // A clause that stops at a relative pronoun ("14,000 Lebanese who had fled to Syria went back home") runs on to the
    // main verb: up to the next count or punctuation.
    private static int ClauseEnd(PeopleCountReader reader, CountPhrase phrase)
    {
        if (!reader.IsIn(phrase.Right, Relatives))
        {
            return phrase.Right + 1;
        }
        var end = phrase.Right + 1;
        while (end < reader.Tokens.Count && end < phrase.NextBound && end <= phrase.Right + Reach && reader.Tokens[end].IsWord)
        {
            end++;
        }
        return end;
    }
}
