namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count that each of two named sides gives or receives counts both sides' people: "Russia and Ukraine each released
/// 205 prisoners of war", "Ukraine and Russia exchanged 95 prisoners of war each", "Russia, Ukraine swap 205 prisoners
/// each". "each" stands just before the count or just after its noun phrase, and the clause before the count names two
/// countries joined by "and" or a comma. Golden cases: each_side_counts_both_peoples, prisoners_exchanged.
/// </summary>
internal sealed class EachSide : CountPhraseRule
{
    public static readonly EachSide Rule = new();

    private EachSide()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Nationalities.Count > 0 || !(Each(reader, phrase.QualifierFirst - 3, phrase.QualifierFirst) || Each(reader, phrase.AfterCount, phrase.AfterCount + 4)))
        {
            return true;
        }
        var sides = new List<string>();
        var joined = false;
        for (var i = phrase.Left; i < phrase.QualifierFirst; i++)
        {
            if (Nationality.At(reader.Text, reader.Tokens, i) is { } n)
            {
                if (sides.Count == 1 && !sides.Contains(n.Nationality.Adjective) && joined)
                {
                    draft.Nationalities = [sides[0], n.Nationality.Adjective];
                    return true;
                }
                sides.Clear();
                sides.Add(n.Nationality.Adjective);
                joined = false;
                i += n.Tokens - 1;
                continue;
            }
            joined = sides.Count == 1 && !joined && (reader.Is(i, "and") || (!reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] == ','));
        }
        return true;
    }

    private static bool Each(PeopleCountReader reader, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < reader.Tokens.Count; i++)
        {
            if (reader.Is(i, "each"))
            {
                return true;
            }
        }
        return false;
    }
}
