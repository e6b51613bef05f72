namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count joined by "and" to a partitive ("Israel says 83 of its soldiers and 47 civilians were killed", "390 people,
/// 270 of them soldiers and 120 civilians") belongs to the same owner as the part before it: it takes that count's
/// nationalities in place of any the rest of the sentence gave it. Golden case: partitive_then_a_second_count.
/// </summary>
internal sealed class PartitivesSecondConjunct : CountPhraseRule
{
    public static readonly PartitivesSecondConjunct Rule = new();

    private PartitivesSecondConjunct()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.Previous is { Nationalities.Count: > 0 } previous && AfterPartitive(reader, phrase))
        {
            draft.Nationalities = previous.Nationalities;
        }
        return true;
    }

    // "N of its soldiers and", "N of them soldiers and": "of" right after the count before, an owner word, at most
    // three people words, then "and" right before this count.
    private static bool AfterPartitive(PeopleCountReader reader, CountPhrase phrase)
    {
        var of = phrase.PreviousBound + 1;
        var and = phrase.TokenBefore;
        if (phrase.PreviousBound < 0 || !reader.Is(of, "of") || !reader.Is(and, "and") || and - of is < 3 or > 5
            || !(reader.Is(of + 1, "its") || reader.Is(of + 1, "their") || reader.Is(of + 1, "them")))
        {
            return false;
        }
        for (var i = of + 2; i < and; i++)
        {
            if (!reader.Tokens[i].IsWord || !PeopleWords.IsPeopleNoun(reader.Word(i)))
            {
                return false;
            }
        }
        return true;
    }
}
