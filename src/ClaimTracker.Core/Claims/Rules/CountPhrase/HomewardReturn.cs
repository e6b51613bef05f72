namespace ClaimTracker.Core.Claims;

/// <summary>
/// A return home that happens or is foreseen: "returned to their villages", "are expected to return home", "went back
/// home", "could go back", "crossed from Syria back into Lebanon" (IOM, UNHCR and OCHA updates on Lebanon and Sudan). A
/// return word (metrics.json returned) that no barring lead or waiting word holds back ("unable to return", "waiting to
/// return" stay displaced), or "back" up to three words after a verb of going (homewardMoveVerbs). Asked by
/// <see cref="ReturnOfTheDisplaced"/> and <see cref="SwapToCome"/>. Golden case: displaced_people_who_return.
/// </summary>
internal static class HomewardReturn
{
    private static readonly WordSet MoveVerbs = WordLists.Set("homewardMoveVerbs");

    public static bool At(PeopleCountReader reader, int i)
    {
        if (!reader.Tokens[i].IsWord)
        {
            return false;
        }
        if (ClaimLexicon.Returned.Contains(reader.Word(i)))
        {
            return !BarredReturn.Reads(reader, i) && !AwaitedFate.Before(reader, i);
        }
        if (!reader.Is(i, "back"))
        {
            return false;
        }
        for (var j = i - 1; j >= 0 && j >= i - 4; j--)
        {
            if (reader.IsIn(j, MoveVerbs))
            {
                return !AwaitedFate.Before(reader, j);
            }
        }
        return false;
    }

    /// <summary>Whether a homeward return stands in tokens from..to (exclusive).</summary>
    public static bool Within(PeopleCountReader reader, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < reader.Tokens.Count; i++)
        {
            if (At(reader, i))
            {
                return true;
            }
        }
        return false;
    }
}
