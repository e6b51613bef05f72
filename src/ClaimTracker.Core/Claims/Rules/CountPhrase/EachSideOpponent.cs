namespace ClaimTracker.Core.Claims;

/// <summary>
/// A swap's count "on each side", or "N prisoners each", counts both sides' people even when the clause before it does
/// not name the two sides (which <see cref="EachSide"/> needs): "Kyiv and Moscow each freed 390 people, …, and on
/// Saturday 303 soldiers on each side" (the sides named earlier in the sentence), "1,000 prisoners on each side are to
/// be exchanged, the Russian Defence Ministry said" and "both sides agreed to another exchange of 1,200 prisoners each"
/// (one side named: it and the side the populations list's <c>opponents</c> pairs with it). Only in a sentence about
/// sides or a swap (counts.json <c>eachSideWords</c>); "each month" or "each day" is a rate, not a side.
/// Golden cases: each_side_of_a_swap_named_once.
/// </summary>
internal sealed class EachSideOpponent : CountPhraseRule
{
    public static readonly EachSideOpponent Rule = new();

    private const int EachWords = 4;
    private static readonly WordSet EachSideWords = WordLists.Set("eachSideWords");
    private static readonly WordSet RateUnits = WordLists.Set("rateUnits");

    private EachSideOpponent()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Nationalities.Count > 0 || phrase.InAside
            || !(Each(reader, phrase.QualifierFirst - 3, phrase.QualifierFirst) || Each(reader, phrase.AfterCount, phrase.AfterCount + EachWords))
            || !reader.HasAny(EachSideWords, 0, reader.Tokens.Count))
        {
            return true;
        }
        var sides = Sides(reader);
        if (sides.Count == 1 && SpeakersSide.Opponent(sides[0]) is { } opponent)
        {
            sides.Add(opponent);
        }
        if (sides.Count == 2)
        {
            draft.Nationalities = [sides[0].Adjective, sides[1].Adjective];
        }
        return true;
    }

    // The distinct countries the whole sentence names, in order.
    private static List<Nationality> Sides(PeopleCountReader reader)
    {
        var sides = new List<Nationality>();
        for (var i = 0; i < reader.Tokens.Count; i++)
        {
            if (Nationality.At(reader.Text, reader.Tokens, i) is { } n)
            {
                if (!sides.Exists(s => s.Country == n.Nationality.Country))
                {
                    sides.Add(n.Nationality);
                }
                i += n.Tokens - 1;
            }
        }
        return sides;
    }

    // "each" marking the count, not "each month" (a rate).
    private static bool Each(PeopleCountReader reader, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < reader.Tokens.Count; i++)
        {
            if (reader.Is(i, "each") && !(reader.IsIn(i + 1, RateUnits)))
            {
                return true;
            }
        }
        return false;
    }
}
