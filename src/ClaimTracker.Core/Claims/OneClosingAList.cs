using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "five from Aitaroun, three from Blida and one from Meiss el-Jabal", "four of them in Bint Jbeil, two in Aynata and one
/// in Yaroun": a "one" that closes a list of counts, each placed by the same preposition (counts.json
/// listPlacePrepositions), is one more entry of the breakdown, not a story about a person. It needs "and" or a comma
/// before it and an earlier entry of the list ("three from", "two in") within a few words. Golden case:
/// a_list_closes_with_one.
/// </summary>
internal static class OneClosingAList
{
    // How far back the earlier entry of the list may stand: "three from Meiss el-Jabal al-Gharbi and one from".
    private const int Reach = 8;

    private static readonly WordSet Prepositions = WordLists.Set("listPlacePrepositions");

    public static bool At(PeopleCountReader reader, NumberMention number, int first, int last)
    {
        var tokens = reader.Tokens;
        if (number.Value != 1 || last + 1 >= tokens.Count || !tokens[last + 1].IsWord || !Prepositions.Contains(reader.Word(last + 1))
            || !(reader.Is(first - 1, "and") || IsComma(reader, first - 1)))
        {
            return false;
        }
        var preposition = reader.Word(last + 1).ToString();
        for (var i = first - 2; i >= 0 && i >= first - 1 - Reach; i--)
        {
            if (OneAmongCounts.IsCount(reader, i) && reader.Is(i + 1, preposition))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsComma(PeopleCountReader reader, int i) =>
        i >= 0 && !reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] == ',';
}
