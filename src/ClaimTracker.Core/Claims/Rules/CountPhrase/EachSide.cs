namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count that each of two named sides gives or receives counts both sides' people: "Russia and Ukraine each released
/// 205 prisoners of war", "Ukraine and Russia exchanged 95 prisoners of war each", "Russia, Ukraine swap 205 prisoners
/// each". "each" stands just before the count or just after its noun phrase, and the clause before the count names two
/// countries joined by "and" or a comma; a second count joined to the first by "and" shares its "each" ("each freed 90
/// soldiers and 12 civilians"). Golden cases: each_side_counts_both_peoples, prisoners_exchanged.
/// </summary>
internal sealed class EachSide : CountPhraseRule
{
    public static readonly EachSide Rule = new();

    private EachSide()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Nationalities.Count > 0)
        {
            return true;
        }
        var (left, end) = (phrase.Left, phrase.QualifierFirst);
        if (!(Each(reader, phrase.QualifierFirst - 3, phrase.QualifierFirst) || Each(reader, phrase.AfterCount, phrase.AfterCount + 4)))
        {
            // The sides stand in the first count's clause, before the number this one's clause begins after.
            if (EachBeforeFirstConjunct(reader, phrase) is not { } first)
            {
                return true;
            }
            (left, end) = (ClauseBounds.Left(reader, first, -1, wide: false), first);
        }
        var sides = new List<string>();
        var joined = false;
        for (var i = left; i < end; i++)
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

    // "each released 185 soldiers and 20 civilians": the second count of a pair joined by "and" or a comma shares the
    // first one's "each", so both sides count it too.
    private static int? EachBeforeFirstConjunct(PeopleCountReader reader, CountPhrase phrase)
    {
        var i = phrase.QualifierFirst - 1;
        if (i < 1 || !(reader.Is(i, "and") || (!reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] == ',')))
        {
            return null;
        }
        for (var j = i - 1; j >= 0 && j >= i - 4; j--)
        {
            if (char.IsDigit(reader.Text[reader.Tokens[j].Start]))
            {
                return Each(reader, j - 3, j) ? j : null;
            }
            if (!reader.Tokens[j].IsWord)
            {
                return null;
            }
        }
        return null;
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
