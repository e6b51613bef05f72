namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count of the dead and the wounded together: "some 40 dead and wounded arrived at the hospital", "about 200 wounded
/// and dead were brought in", "more than 500 killed or injured": a death word and a wound word joined by "and"/"or" as
/// the count's noun count both, so the count is killed or wounded, as "casualties" is. "40 dead and 12 wounded" (a
/// second count) is two claims and left alone, as is a wound verb with its own count after it ("claimed 165 lives
/// and injured more than 650"). Golden cases: dead_and_wounded_together, lives_claimed_are_killed.
/// </summary>
internal sealed class DeadAndWounded : CountPhraseRule
{
    public static readonly DeadAndWounded Rule = new();

    // "and injured more than 650": a qualifier of up to two words before the next count.
    private const int CountReach = 3;

    private DeadAndWounded()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var noun = phrase.Noun;
        if (noun < 0 || noun < phrase.Last || noun + 2 >= reader.Tokens.Count || !(reader.Is(noun + 1, "and") || reader.Is(noun + 1, "or")) || !reader.Tokens[noun + 2].IsWord)
        {
            return true;
        }
        var first = reader.Word(noun);
        var second = reader.Word(noun + 2);
        if (CountFollows(reader, noun + 3))
        {
            // "claimed 165 lives and injured more than 650 people": the second word is the next count's verb.
            return true;
        }
        if ((ClaimLexicon.Killed.Contains(first) && ClaimLexicon.Wounded.Contains(second)) || (ClaimLexicon.Wounded.Contains(first) && ClaimLexicon.Killed.Contains(second)))
        {
            draft.Metric = Metric.KilledOrWounded;
            draft.MetricGuessed = false;
        }
        return true;
    }

    private static bool CountFollows(PeopleCountReader reader, int from)
    {
        for (var i = from; i < reader.Tokens.Count && i < from + CountReach; i++)
        {
            if (reader.IsNumberToken(i))
            {
                return true;
            }
        }
        return false;
    }
}
