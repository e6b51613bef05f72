namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The two men were brought to Kyiv", "there was no comment on the two men", "the two women had worked there since
/// 2010": a small number spelled out after "the", before a plain person noun (people.json <c>pointedBackPersons</c>),
/// points back at persons the story has already counted or named, and with no fate of its own (no metric) it claims
/// nothing new. The gold annotates "the N" only where a fate follows ("the five children found dead", "the two North
/// Korean soldiers captured"), and those keep their metric, so only a count left without one is dropped.
/// Golden case: the_two_men_point_back.
/// </summary>
internal static class PersonsNamedBefore
{
    private static readonly WordSet Persons = WordLists.Set("pointedBackPersons");

    /// <summary>Whether <paramref name="draft"/> only points back at persons counted before.</summary>
    public static bool PointsBack(string text, ClaimDraft draft)
    {
        var n = draft.Number;
        if (draft.Metric is not (null or Metric.Other) || n.Value is not (>= 2 and <= 10) || !char.IsLetter(text[n.Start])
            || draft.NounWord is not { } noun || !Persons.Contains(noun))
        {
            return false;
        }
        var end = n.Start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        return end >= 3 && text.AsSpan(end - 3, 3).Equals("the", StringComparison.OrdinalIgnoreCase) && (end == 3 || !char.IsLetter(text[end - 4]));
    }
}
