namespace ClaimTracker.Core.Claims;

/// <summary>
/// A metric word that belongs to the name of a body or a place, not to what happened to the people counted: "staff of
/// the UN agency for Palestine refugees have been killed", "the High Commissioner for Refugees", "Sudan's largest camp
/// for displaced people". The word stands after "for" (past capitalised words and "the") and the word before "for"
/// heads a body or a place that serves people (metrics.json forHeads). Golden case: metric_word_in_a_body_name.
/// </summary>
internal static class BodyName
{
    private static readonly WordSet BodyHeads = WordLists.Set("forHeads");

    public static bool Covers(PeopleCountReader reader, int i)
    {
        var tokens = reader.Tokens;
        for (var j = i - 1; j >= 1 && j >= i - 4; j--)
        {
            if (!tokens[j].IsWord)
            {
                return false;
            }
            if (reader.Is(j, "for"))
            {
                return tokens[j - 1].IsWord && BodyHeads.Contains(reader.Word(j - 1));
            }
            if (!char.IsUpper(reader.Text[tokens[j].Start]) && !reader.Is(j, "the"))
            {
                return false;
            }
        }
        return false;
    }
}
