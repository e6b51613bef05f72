using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "18 people, including three children aged 4, 12 and 16, had been killed", "her two daughters, aged nine and 16, died":
/// the commas of a list of ages are inside the aside, not its end, so the count still reaches its verb (the ages
/// themselves are no counts: <c>NumberContext</c>). Words as data (counts.json <c>ageWords</c>). Read by
/// <see cref="CountAside"/> and <see cref="ClauseBounds"/>. Golden case: ages_listed_inside_an_aside.
/// </summary>
internal static class AgeList
{
    private const int Reach = 8;
    private static readonly WordSet AgeWords = WordLists.Set("ageWords");

    /// <summary>Whether the comma or "and" at token <paramref name="comma"/> separates two ages listed after "aged".</summary>
    public static bool CommaInside(PeopleCountReader reader, int comma)
    {
        if (comma < 2 || comma + 1 >= reader.Tokens.Count || !IsNumber(reader, comma - 1) || !IsNumber(reader, comma + 1))
        {
            return false;
        }
        for (var i = comma - 1; i >= 0 && i >= comma - Reach; i--)
        {
            if (reader.IsIn(i, AgeWords))
            {
                return true;
            }
            if (!IsNumber(reader, i) && !reader.Is(i, "and") && !(!reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] == ','))
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsNumber(PeopleCountReader reader, int i) =>
        char.IsDigit(reader.Text[reader.Tokens[i].Start]) || (reader.Tokens[i].IsWord && NumberWord.TryGet(reader.Word(i), out _));
}
